"""The reviewer's side: open sealed records with private keys, filter them, export them."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from .errors import AuditError, FormatError, KeyFileError
from .format import parse_record
from .keys import load_private
from .scan import walk
from .seal import UnsealError, key_id, unseal


@dataclass(frozen=True)
class Entry:
    seq: int
    time: datetime
    kind: str
    key_id: str
    user: str | None
    payload: Any

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "time": self.time.isoformat(), "kind": self.kind,
                "key_id": self.key_id, "user": self.user, "payload": self.payload}


def load_keys(paths: Sequence[Path], passphrases: Sequence[bytes]) -> dict[bytes, X25519PrivateKey]:
    """Private keys by key id; each key is tried with each passphrase given."""
    keys: dict[bytes, X25519PrivateKey] = {}
    for path in paths:
        error: KeyFileError | None = None
        for pw in passphrases:
            try:
                key = load_private(path, pw)
                break
            except KeyFileError as exc:
                error = exc
        else:
            raise error or KeyFileError(f"{path}: no passphrase given")
        keys[key_id(key.public_key())] = key
    return keys


def parse_time(text: str) -> datetime:
    """ISO 8601 date or date-time; naive values are taken as UTC."""
    try:
        t = datetime.fromisoformat(text)
    except ValueError:
        raise AuditError(f"not an ISO 8601 time: {text!r}") from None
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def entries(log_dir: Path, keys: dict[bytes, X25519PrivateKey], start: datetime | None = None,
            end: datetime | None = None, kinds: Iterable[str] = ()) -> Iterator[Entry]:
    """Decrypted records in order; the clear header filters time and kind before decrypting."""
    kinds = set(kinds)
    try:
        for fr in walk(Path(log_dir)):
            if not fr.is_record:
                continue
            h = parse_record(fr.body)
            when = datetime.fromtimestamp(h.time_us / 1e6, timezone.utc)
            if (start and when < start) or (end and when > end) or (kinds and h.kind not in kinds):
                continue
            yield _open(fr.body, h, when, keys)
    except FormatError as exc:
        raise AuditError(f"{log_dir}: {exc}; run `audit verify`") from None


def _open(body: bytes, h: Any, when: datetime, keys: dict[bytes, X25519PrivateKey]) -> Entry:
    key = keys.get(h.key_id)
    if key is None:
        raise KeyFileError(f"record {h.seq} is sealed to key id {h.key_id.hex()}: "
                           "none of the --key files is that key")
    try:
        plain = unseal(body[:h.header_len], body[h.header_len:], key)
        doc = json.loads(plain)
    except UnsealError:
        raise AuditError(f"record {h.seq}: payload does not open with key {h.key_id.hex()} (altered?)") from None
    except ValueError:
        raise AuditError(f"record {h.seq}: sealed payload is not JSON") from None
    return Entry(h.seq, when, h.kind, h.key_id.hex(), doc.get("user"), doc.get("payload"))


def select(items: Iterable[Entry], user: str | None = None, grep: str | None = None) -> Iterator[Entry]:
    needle = grep.casefold() if grep else None
    for e in items:
        if user is not None and e.user != user:
            continue
        if needle and needle not in json.dumps(e.payload, ensure_ascii=False).casefold():
            continue
        yield e


def write_jsonl(items: Iterable[Entry], out: IO[str]) -> int:
    n = 0
    for n, e in enumerate(items, 1):
        out.write(json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    return n


CSV_FIELDS = ["seq", "time", "kind", "key_id", "user", "payload"]


def write_csv(items: Iterable[Entry], out: IO[str]) -> int:
    """One row per record; the payload column holds the payload as JSON text."""
    w = csv.writer(out)
    w.writerow(CSV_FIELDS)
    n = 0
    for n, e in enumerate(items, 1):
        d = e.to_dict()
        d["payload"] = json.dumps(e.payload, ensure_ascii=False, sort_keys=True)
        w.writerow([d[f] for f in CSV_FIELDS])
    return n
