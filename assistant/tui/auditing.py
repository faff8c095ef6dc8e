"""The reviewer's side of the console: unlock, list, filter, verify, export.

Thin over the ``audit`` package's public reading API, imported lazily so the
analyst's screens start without it. Rows are plain tuples for a DataTable.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

COLUMNS = ("seq", "time", "user", "domain", "kind", "redactions", "refused")


@dataclass(frozen=True)
class Unlocked:
    log_dir: Path
    keys: dict  # key id -> private key, as audit.read.load_keys returns
    entries: tuple  # audit.read.Entry, in log order


def unlock(log_dir: Path, key_path: str, passphrase: str) -> Unlocked:
    """Open every record with the reviewer key; raises AuditError (or KeyFileError) with one line."""
    from audit import read as rd
    from audit.errors import KeyFileError

    path = Path(key_path).expanduser()
    if not path.is_file():
        raise KeyFileError(f"{path}: no such key file")
    if not passphrase:
        raise KeyFileError(f"{path}: enter the key's passphrase")
    keys = rd.load_keys([path], [passphrase.encode()])
    if not Path(log_dir).is_dir():
        return Unlocked(Path(log_dir), keys, ())
    return Unlocked(Path(log_dir), keys, tuple(rd.entries(Path(log_dir), keys)))


def row(entry: Any) -> tuple[str, ...]:
    payload = entry.payload if isinstance(entry.payload, dict) else {}
    refused = payload.get("refused")
    return (str(entry.seq), entry.time.strftime("%Y-%m-%d %H:%M:%S"), entry.user or "",
            str(payload.get("domain", "")), entry.kind, str(len(payload.get("redactions", []))),
            "" if refused is None else ("yes" if refused else "no"))


def matches(entry: Any, needle: str) -> bool:
    """Case-insensitive search over the header fields and the whole payload."""
    if not needle:
        return True
    hay = " ".join((entry.kind, entry.user or "", json.dumps(entry.payload, ensure_ascii=False)))
    return needle.casefold() in hay.casefold()


def detail(entry: Any) -> str:
    head = f"record #{entry.seq}  {entry.time.isoformat()}  {entry.kind}  user={entry.user}"
    return head + "\n\n" + json.dumps(entry.payload, indent=2, ensure_ascii=False, sort_keys=True)


def verify(log_dir: Path, keys_dir: Path | None):
    """audit.verify over the log; pins the writer key when the keys folder has it."""
    from audit import verify as verify_log

    pin = keys_dir if keys_dir is not None and Path(keys_dir).is_dir() else None
    return verify_log(Path(log_dir), pin)


def verify_summary(result: Any) -> str:
    seq = f" (record {result.seq})" if result.seq is not None else ""
    line = f"{result.status}{seq}: {result.reason}"
    cp = result.checkpoint
    if cp is not None:
        line += f"\ncheckpoint: {cp.tree_size} records, root {cp.root.hex()[:16]}…"
    return line


def export(entries: list, dest: str) -> int:
    """Write the given records to ``dest``: CSV if it ends in .csv, else JSON lines."""
    from audit import read as rd

    path = Path(dest).expanduser()
    with open(path, "x", encoding="utf-8", newline="") as out:  # never overwrite evidence
        writer = rd.write_csv if path.suffix.lower() == ".csv" else rd.write_jsonl
        return writer(entries, out)
