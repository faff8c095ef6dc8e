"""verify(): integrity of a log without any private key.

Integrity comes from the leaf hashes over whole record bytes, the sequence
numbers, and the Ed25519-signed checkpoints, each of which also lists the
leaf hashes it covers, so a mismatch names the exact record.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import checkpoint as cpmod
from .errors import AuditError, FormatError, TornTail
from .format import SEG_HEADER, parse_checkpoint, parse_record
from .keys import load_writer_public
from .merkle import Frontier, ProofError, consistency_proof, leaf_hash, verify_consistency
from .scan import LATEST, iter_frames, read_header, segments

EXIT_CODES = {"ok": 0, "tampered": 1, "torn": 3}


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    status: str  # "ok" | "tampered" | "torn"
    records: int  # complete records read in order before any failure
    reason: str
    seq: int | None  # the record named by the failure (the in-flight one when torn)
    checkpoint: cpmod.Checkpoint | None  # latest checkpoint that verified
    unsigned: int = 0  # records after that checkpoint

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.status]

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "status": self.status, "records": self.records, "reason": self.reason,
                "seq": self.seq, "unsigned": self.unsigned,
                "checkpoint": self.checkpoint.to_dict() if self.checkpoint else None}


class _Tampered(Exception):
    def __init__(self, reason: str, seq: int | None) -> None:
        super().__init__(reason)
        self.reason, self.seq = reason, seq


def verify(log_dir: Path, keys_dir: Path | None = None, since_checkpoint: Path | None = None) -> VerifyResult:
    """Check a log; raises AuditError only for unusable inputs (a since-checkpoint file that is not one)."""
    since = _load_since(since_checkpoint)
    pin = load_writer_public(Path(keys_dir)) if keys_dir else None
    v = _Verifier(Path(log_dir), cpmod.raw_public(pin) if pin else None, since)
    try:
        return v.run()
    except _Tampered as t:
        return VerifyResult(False, "tampered", v.count, t.reason, t.seq, v.last_cp, v.count - v.cp_size)


def _load_since(path: Path | None) -> cpmod.Checkpoint | None:
    if path is None:
        return None
    cp = cpmod.read(Path(path))
    if cp is None:
        raise AuditError(f"{path}: no such checkpoint file")
    if not cp.signature_ok():
        raise AuditError(f"{path}: checkpoint signature does not verify")
    return cp


class _Verifier:
    def __init__(self, log_dir: Path, pin: bytes | None, since: cpmod.Checkpoint | None) -> None:
        self.log_dir, self.since = log_dir, since
        self.pin = pin
        if since is not None:
            if pin is not None and pin != since.writer_key:
                raise _Tampered("writer key in the keys folder differs from the one in the reviewer's checkpoint", None)
            self.pin = since.writer_key
        self.log_id: bytes | None = None
        self.count = 0
        self.leaves: list[bytes] = []
        self.frontier, self.auth = Frontier(), Frontier()
        self.cp_size = 0
        self.last_cp: cpmod.Checkpoint | None = None
        self.torn: TornTail | None = None

    def run(self) -> VerifyResult:
        try:
            self._walk()
        except FormatError as exc:
            where = f"record {exc.seq}: " if exc.seq is not None else ""
            raise _Tampered(f"{where}{exc}", exc.seq) from None
        self._check_latest()
        self._check_since()
        if self.torn is not None:
            return VerifyResult(False, "torn", self.count, f"torn final record {self.count} "
                                f"({self.torn}): left by an interrupted write; records before it are intact",
                                self.count, self.last_cp, self.count - self.cp_size)
        unsigned = self.count - self.cp_size
        note = f"; {unsigned} after the last checkpoint are not signed yet" if unsigned else ""
        return VerifyResult(True, "ok", self.count, f"{self.count} records intact{note}", None,
                            self.last_cp, unsigned)

    def _walk(self) -> None:
        segs = segments(self.log_dir)
        for i, path in enumerate(segs):
            last = i == len(segs) - 1
            data = path.read_bytes()
            try:
                log_id, first = read_header(path, data, i, last, self.count)
                if self.log_id not in (None, log_id):
                    raise _Tampered(f"{path.name}: belongs to another log (log id differs)", self.count)
                if first != self.count:
                    raise _Tampered(f"{path.name}: header says it starts at record {first}, "
                                    f"but {self.count} records precede it", self.count)
                self.log_id = log_id
                for fr in iter_frames(data[SEG_HEADER.size:], path, SEG_HEADER.size, last, self.count):
                    if fr.body[0] == 0x52:
                        self._record(fr.body)
                    else:
                        self._checkpoint(fr.body)
            except TornTail as torn:
                self.torn = torn

    def _record(self, body: bytes) -> None:
        try:
            h = parse_record(body)
        except FormatError as exc:
            raise _Tampered(f"record {self.count}: {exc}", self.count) from None
        if h.seq != self.count:
            raise _Tampered(f"record {self.count}: found record {h.seq} in its place "
                            "(a record was deleted, duplicated, reordered or spliced)", self.count)
        lh = leaf_hash(body)
        self.leaves.append(lh)
        self.frontier.append(lh)
        self.count += 1

    def _checkpoint(self, body: bytes) -> None:
        where = f"checkpoint after record {self.count - 1}"
        try:
            cf = parse_checkpoint(body)
        except FormatError as exc:
            raise _Tampered(f"{where}: {exc}", None) from None
        if cf.tree_size != self.count:
            seq = min(cf.tree_size, self.count)
            raise _Tampered(f"record {seq}: {where} signs {cf.tree_size} records but {self.count} "
                            "precede it (records removed or inserted)", seq)
        cp = cpmod.Checkpoint(self.log_id, cf.tree_size, cf.time_us, cf.root, cf.writer_key, cf.signature)
        self._check_signer(cp, where)
        if len(cf.hashes) != cf.tree_size - self.cp_size:
            raise _Tampered(f"{where}: lists {len(cf.hashes)} hashes for {cf.tree_size - self.cp_size} records", None)
        auth = self.auth.copy()
        for h in cf.hashes:
            auth.append(h)
        if auth.root() != cf.root:  # the list is not the one the signature covers
            raise _Tampered(f"{where}: its hash list does not match its signed root", None)
        actual = self.leaves[self.cp_size:]
        if list(cf.hashes) != actual:
            k = next(i for i, (a, b) in enumerate(zip(cf.hashes, actual)) if a != b)
            seq = self.cp_size + k
            raise _Tampered(f"record {seq}: bytes differ from those signed in the checkpoint "
                            f"at tree size {cf.tree_size}", seq)
        self.auth, self.cp_size, self.last_cp = auth, cf.tree_size, cp

    def _check_signer(self, cp: cpmod.Checkpoint, where: str) -> None:
        if self.pin is None:
            self.pin = cp.writer_key  # trust on first use; --keys or --since-checkpoint pins it
        if cp.writer_key != self.pin:
            raise _Tampered(f"{where}: signed by writer key {cp.writer_key.hex()[:16]}, "
                            f"expected {self.pin.hex()[:16]} (history re-signed?)", None)
        if not cp.signature_ok():
            raise _Tampered(f"{where}: Ed25519 signature does not verify", None)

    def _root_at(self, size: int) -> bytes:
        f = Frontier()
        for h in self.leaves[:size]:
            f.append(h)
        return f.root()

    def _check_latest(self) -> None:
        try:
            latest = cpmod.read(self.log_dir / LATEST)
        except FormatError as exc:
            raise _Tampered(str(exc), None) from None
        if latest is None:
            if self.last_cp is not None:
                raise _Tampered(f"{LATEST} is missing although the log holds checkpoints", None)
            return
        self._check_external(latest, LATEST)
        if self.last_cp is not None and latest.tree_size < self.last_cp.tree_size:
            raise _Tampered(f"{LATEST} is older than the log's last checkpoint (rolled back)", None)

    def _check_since(self) -> None:
        if self.since is None:
            return
        self._check_external(self.since, "the reviewer's checkpoint")
        m, n = self.since.tree_size, self.count
        if m == 0:
            return
        try:
            verify_consistency(m, n, consistency_proof(self.leaves, m), self.since.root, self.frontier.root())
        except ProofError as exc:
            raise _Tampered(f"log is not an append-only extension of the reviewer's checkpoint "
                            f"(size {m}): {exc}", None) from None

    def _check_external(self, cp: cpmod.Checkpoint, name: str) -> None:
        if self.log_id is not None and cp.log_id != self.log_id:
            raise _Tampered(f"{name} belongs to another log (log id differs)", None)
        self._check_signer(cp, name)
        if cp.tree_size > self.count:
            raise _Tampered(f"log truncated: {name} covers {cp.tree_size} records, only {self.count} "
                            f"are present; record {self.count} onward removed", self.count)
        if cp.tree_size and self._root_at(cp.tree_size) != cp.root:
            raise _Tampered(f"{name} (size {cp.tree_size}) does not match the records' Merkle root", None)
