"""The writer: AuditLog appends sealed records, fsyncs them, and signs checkpoints.

It holds only the reviewer's public key, so it can append but cannot read
back what it wrote.  Every append happens under a file lock, after catching
up with frames another process may have appended since.
"""
from __future__ import annotations

import getpass
import hashlib
import json
import os
import threading
import time
from pathlib import Path
from typing import Any

from filelock import FileLock

from . import checkpoint as cpmod
from .errors import AuditError, FormatError, TornTail
from .format import (SEG_HEADER, SEG_MAGIC, SEG_NAME, CheckpointFrame, encode_checkpoint,
                     encode_record_header, frame, parse_checkpoint, parse_record)
from .keys import REVIEWER_PUB, load_or_create_writer, load_public
from .merkle import Frontier, leaf_hash
from .scan import LATEST, LOCK, iter_frames, read_header, segments
from .seal import key_id, seal

DEFAULT_SEGMENT_BYTES = 64 * 1024 * 1024


class _State:
    """What the writer knows of the log on disk, advanced frame by frame."""

    def __init__(self) -> None:
        self.log_id: bytes | None = None
        self.segment, self.offset, self.next_seq = -1, 0, 0
        self.frontier = Frontier()
        self.pending: list[bytes] = []  # leaf hashes since the last checkpoint frame
        self.key_id: bytes | None = None  # reviewer key of the last record
        self.writer_key: bytes | None = None  # signer of the last checkpoint
        self.torn: TornTail | None = None

    def advance(self, log_dir: Path) -> None:
        segs = segments(log_dir)
        self.torn = None
        for i in range(max(self.segment, 0), len(segs)):
            last = i == len(segs) - 1
            with open(segs[i], "rb") as f:
                start = self.offset if i == self.segment else 0
                f.seek(start)
                data = f.read()
            try:
                if i != self.segment:
                    self._enter(segs[i], data, i, last)
                    start, data = SEG_HEADER.size, data[SEG_HEADER.size:]
                for fr in iter_frames(data, segs[i], start, last, self.next_seq):
                    self._take(fr.body)
                    self.offset = fr.end
            except TornTail as torn:
                self.torn = torn
                return

    def _enter(self, path: Path, data: bytes, index: int, last: bool) -> None:
        log_id, first = read_header(path, data, index, last, self.next_seq)
        if self.log_id not in (None, log_id) or first != self.next_seq:
            raise FormatError(f"{path.name}: header does not continue the log", self.next_seq)
        self.log_id, self.segment, self.offset = log_id, index, SEG_HEADER.size

    def _take(self, body: bytes) -> None:
        if body[0] == 0x52:
            h = parse_record(body)
            if h.seq != self.next_seq:
                raise FormatError(f"record {h.seq} where {self.next_seq} was expected", self.next_seq)
            lh = leaf_hash(body)
            self.frontier.append(lh)
            self.pending.append(lh)
            self.next_seq += 1
            self.key_id = h.key_id
        else:
            cp = parse_checkpoint(body)
            if cp.tree_size != self.next_seq:
                raise FormatError(f"checkpoint for {cp.tree_size} records after {self.next_seq}")
            self.pending, self.writer_key = [], cp.writer_key


class AuditLog:
    """Append-only writer.  seq numbers are 0-based and dense across the whole log."""

    def __init__(self, log_dir: Path, keys_dir: Path, checkpoint_every: int, max_segment_bytes: int) -> None:
        self.log_dir, self.keys_dir = Path(log_dir), Path(keys_dir)
        self.checkpoint_every, self.max_segment_bytes = checkpoint_every, max_segment_bytes
        self._lock = FileLock(str(self.log_dir / LOCK))
        self._mutex = threading.RLock()
        self._state = _State()
        self._fd: int | None = None
        self._fd_segment = -1
        self._reviewer_stat: tuple[int, int, int] | None = None
        self._reviewer = None
        self._writer = load_or_create_writer(self.keys_dir)
        self._writer_raw = cpmod.raw_public(self._writer)

    @classmethod
    def open(cls, log_dir: Path, keys_dir: Path, checkpoint_every: int = 64,
             max_segment_bytes: int = DEFAULT_SEGMENT_BYTES) -> AuditLog:
        if not (Path(keys_dir) / REVIEWER_PUB).is_file():
            raise AuditError(f"no reviewer public key in {keys_dir}: run `assistant audit keys install PUBKEY`")
        if checkpoint_every < 1:
            raise AuditError(f"checkpoint_every must be >= 1, not {checkpoint_every}")
        Path(log_dir).mkdir(parents=True, exist_ok=True)
        log = cls(Path(log_dir), Path(keys_dir), checkpoint_every, max_segment_bytes)
        with log._mutex, log._lock:
            log._sync()
        return log

    def append(self, kind: str, payload: dict[str, Any], user: str | None = None) -> int:
        """Seal and append one record; returns its seq once the record is on disk (fsync)."""
        plaintext = _plaintext(payload, user)
        with self._mutex, self._lock:
            self._sync()
            seq = self._append_sealed(kind, plaintext)
            if len(self._state.pending) >= self.checkpoint_every:
                self._checkpoint()
        return seq

    def checkpoint(self) -> cpmod.Checkpoint | None:
        """Sign a checkpoint now if records were appended since the last one."""
        with self._mutex, self._lock:
            self._sync()
            return self._checkpoint() if self._state.pending else None

    def close(self) -> None:
        with self._mutex:
            if self._fd is None and self._state.segment < 0:
                return
            self.checkpoint()
            if self._fd is not None:
                os.close(self._fd)
            self._fd, self._fd_segment = None, -1

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- under the lock ---------------------------------------------------

    def _sync(self) -> None:
        """Catch up with the disk, repair a torn tail, notice a newly installed reviewer key."""
        st = self._state
        if self._changed_on_disk():
            try:
                st.advance(self.log_dir)
            except FormatError as exc:
                raise AuditError(f"{self.log_dir}: {exc}; run `audit verify`") from None
            if st.writer_key not in (None, self._writer_raw):
                raise AuditError(f"{self.keys_dir}: writer key did not sign {self.log_dir}; restore the original writer key")
        if st.torn is not None:
            self._repair(st.torn)
        self._load_reviewer()

    def _changed_on_disk(self) -> bool:
        st = self._state
        if st.segment < 0 or st.torn is not None:
            return True
        try:
            size = os.stat(self.log_dir / SEG_NAME.format(st.segment)).st_size
        except FileNotFoundError:
            return True
        return size != st.offset or (self.log_dir / SEG_NAME.format(st.segment + 1)).exists()

    def _repair(self, torn: TornTail) -> None:
        """Cut the torn bytes off, then say so in a sealed 'recovery' record."""
        path = Path(torn.path)
        with open(path, "r+b") as f:
            f.seek(torn.offset)
            lost = f.read()
            if torn.offset == 0:
                f.close()
                path.unlink()
            else:
                f.truncate(torn.offset)
                f.flush()
                os.fsync(f.fileno())
        cpmod.fsync_dir(self.log_dir)
        self._state.torn = None
        if self._fd is not None and self._fd_segment != self._state.segment:
            os.close(self._fd)
            self._fd, self._fd_segment = None, -1
        self._load_reviewer()
        event = {"segment": path.name, "offset": torn.offset, "bytes": len(lost),
                 "sha256": hashlib.sha256(lost).hexdigest(), "reason": "torn final frame after a crash"}
        self._append_sealed("recovery", _plaintext(event, None))

    def _load_reviewer(self) -> None:
        path = self.keys_dir / REVIEWER_PUB
        try:
            s = os.stat(path)
        except FileNotFoundError:
            raise AuditError(f"no reviewer public key in {self.keys_dir}: run `assistant audit keys install PUBKEY`") from None
        stamp = (s.st_ino, s.st_size, s.st_mtime_ns)
        if stamp == self._reviewer_stat:
            return
        self._reviewer, self._reviewer_stat = load_public(path), stamp
        old, new = self._state.key_id, key_id(self._reviewer)
        if old is not None and old != new:
            event = {"old_key_id": old.hex(), "new_key_id": new.hex(), "by": "writer noticed a new reviewer.pub"}
            self._append_sealed("key_change", _plaintext(event, None))

    def _append_sealed(self, kind: str, plaintext: bytes) -> int:
        st = self._state
        kid = key_id(self._reviewer)
        header = encode_record_header(st.next_seq, time.time_ns() // 1000, kid, kind, len(plaintext))
        body = header + seal(header, plaintext, self._reviewer)
        self._write(frame(body))
        lh = leaf_hash(body)
        st.frontier.append(lh)
        st.pending.append(lh)
        st.key_id, st.next_seq = kid, st.next_seq + 1
        return st.next_seq - 1

    def _checkpoint(self) -> cpmod.Checkpoint:
        st = self._state
        cp = cpmod.sign(self._writer, st.log_id, st.next_seq, st.frontier.root(), time.time_ns() // 1000)
        # The separate file first: a crash between the two leaves it ahead of the
        # segments, which verify accepts; the other order could look like truncation.
        cpmod.write_atomic(self.log_dir / LATEST, cp.to_json().encode())
        self._write(frame(encode_checkpoint(CheckpointFrame(
            cp.tree_size, cp.time_us, cp.root, cp.writer_key, cp.signature, tuple(st.pending)))))
        st.pending, st.writer_key = [], cp.writer_key
        return cp

    def _write(self, data: bytes) -> None:
        st = self._state
        if st.segment < 0 or (st.offset + len(data) > self.max_segment_bytes and st.offset > SEG_HEADER.size):
            self._new_segment()
        if self._fd_segment != st.segment:
            if self._fd is not None:
                os.close(self._fd)
            path = self.log_dir / SEG_NAME.format(st.segment)
            self._fd, self._fd_segment = os.open(path, os.O_WRONLY | os.O_APPEND), st.segment
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view):]
        os.fsync(self._fd)
        st.offset += len(data)

    def _new_segment(self) -> None:
        st = self._state
        st.log_id = st.log_id or os.urandom(16)
        index = st.segment + 1
        path = self.log_dir / SEG_NAME.format(index)
        with open(path, "xb") as f:
            f.write(SEG_HEADER.pack(SEG_MAGIC, st.log_id, index, st.next_seq))
            f.flush()
            os.fsync(f.fileno())
        cpmod.fsync_dir(self.log_dir)
        st.segment, st.offset = index, SEG_HEADER.size


def _plaintext(payload: dict[str, Any], user: str | None) -> bytes:
    """The sealed JSON; user None means the OS account running the writer."""
    if user is None:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = f"uid:{os.getuid()}"
    try:
        text = json.dumps({"user": user, "payload": payload}, sort_keys=True,
                          separators=(",", ":"), ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        raise AuditError(f"audit payload is not JSON-serialisable: {exc}") from None
    return text.encode("utf-8")
