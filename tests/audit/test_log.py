"""Writing, verifying and reading back: round trip, rotation, keys, durability helpers."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from audit import AuditError, AuditLog, KeyFileError, verify
from audit import read as rd
from audit.keys import install_reviewer_key, load_private
from audit.scan import segments

SECRET_PROMPT = "What is the MRN of <PERSON_1> admitted on Tuesday zebra-quokka-7731?"
SECRET_ANSWER = "The answer mentions saxophone-lighthouse-4410."


def _entries(log: Path, *reviewers) -> list[rd.Entry]:
    keys = rd.load_keys([r.private for r in reviewers], [r.passphrase.encode() for r in reviewers])
    return list(rd.entries(log, keys))


def test_open_without_reviewer_key_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(AuditError, match=r"^no reviewer public key in .*: run `assistant audit keys install PUBKEY`$"):
        AuditLog.open(tmp_path / "audit", tmp_path / "keys")


def test_round_trip(ws, reviewer) -> None:
    with AuditLog.open(ws.log, ws.keys, checkpoint_every=4) as log:
        seqs = [log.append("ask", {"prompt": SECRET_PROMPT, "answer": SECRET_ANSWER, "i": i}, user="alice")
                for i in range(10)]
        seqs.append(log.append("forget", {"doc": "a.pdf"}))
    assert seqs == list(range(11))
    res = verify(ws.log, ws.keys)
    assert (res.ok, res.status, res.records, res.unsigned) == (True, "ok", 11, 0)
    assert res.checkpoint.tree_size == 11
    got = _entries(ws.log, reviewer)
    assert [e.seq for e in got] == seqs
    assert got[3].payload == {"prompt": SECRET_PROMPT, "answer": SECRET_ANSWER, "i": 3}
    assert got[3].user == "alice" and got[3].kind == "ask"
    assert got[10].user  # None means the OS user, recorded inside the sealed payload


def test_workspace_holds_no_clear_text(ws) -> None:
    with AuditLog.open(ws.log, ws.keys) as log:
        for _ in range(5):
            log.append("ask", {"prompt": SECRET_PROMPT, "answer": SECRET_ANSWER}, user="bob-the-analyst")
    blob = b"".join(p.read_bytes() for p in ws.log.parent.rglob("*") if p.is_file())
    for needle in ("zebra-quokka-7731", "saxophone-lighthouse-4410", "bob-the-analyst", "PERSON_1"):
        assert needle.encode() not in blob and needle.encode("utf-16-le") not in blob
    assert not any("PRIVATE" in p.read_text(errors="ignore") for p in ws.keys.rglob("reviewer*"))


def test_writer_cannot_read_back(ws, reviewer2) -> None:
    with AuditLog.open(ws.log, ws.keys) as log:
        log.append("ask", {"prompt": SECRET_PROMPT})
    with pytest.raises(KeyFileError, match="record 0 is sealed to key id [0-9a-f]{16}: none of the --key"):
        _entries(ws.log, reviewer2)


def test_wrong_passphrase_is_one_line_error(reviewer) -> None:
    with pytest.raises(KeyFileError) as info:
        load_private(reviewer.private, "not the passphrase")
    assert "wrong passphrase" in str(info.value) and "\n" not in str(info.value)


def test_key_rotation_applies_from_next_record(ws, reviewer, reviewer2) -> None:
    log = AuditLog.open(ws.log, ws.keys)
    log.append("ask", {"n": 0})
    install_reviewer_key(reviewer2.public, ws.keys)
    log.append("ask", {"n": 1})
    log.close()
    got = _entries(ws.log, reviewer, reviewer2)
    assert [(e.kind, e.payload.get("n")) for e in got] == [("ask", 0), ("key_change", None), ("ask", 1)]
    assert got[0].key_id != got[1].key_id == got[2].key_id
    assert (ws.keys / "reviewer-retired" / f"{got[0].key_id}.pub").exists()
    with pytest.raises(KeyFileError, match="record 0 is sealed"):
        _entries(ws.log, reviewer2)  # the old records need the old key
    assert verify(ws.log, ws.keys).ok


def test_filters(ws, reviewer) -> None:
    with AuditLog.open(ws.log, ws.keys) as log:
        log.append("ask", {"prompt": "alpha"}, user="ann")
        log.append("ask", {"prompt": "Beta gamma"}, user="ben")
        log.append("ingest", {"path": "beta.pdf"}, user="ann")
    keys = rd.load_keys([reviewer.private], [reviewer.passphrase.encode()])
    pick = lambda **kw: [e.seq for e in rd.select(rd.entries(ws.log, keys, kinds=kw.pop("kinds", ())), **kw)]
    assert pick(user="ann") == [0, 2]
    assert pick(grep="BETA") == [1, 2]
    assert pick(kinds=["ingest"]) == [2]
    all_ = list(rd.entries(ws.log, keys))
    assert [e.seq for e in rd.entries(ws.log, keys, start=all_[1].time, end=all_[1].time)] == [1]


def test_segment_rotation(ws, reviewer) -> None:
    with AuditLog.open(ws.log, ws.keys, checkpoint_every=5, max_segment_bytes=2000) as log:
        for i in range(30):
            log.append("ask", {"i": i, "pad": "x" * 100})
    assert len(segments(ws.log)) > 3
    assert verify(ws.log, ws.keys).records == 30
    assert [e.payload["i"] for e in _entries(ws.log, reviewer)] == list(range(30))
    segments(ws.log)[1].unlink()
    res = verify(ws.log, ws.keys)
    assert res.status == "tampered" and "seg-000001.log is missing" in res.reason


def test_reopen_continues_sequence_and_tree(ws) -> None:
    for run in range(3):
        with AuditLog.open(ws.log, ws.keys, checkpoint_every=3) as log:
            assert [log.append("ask", {"run": run}) for _ in range(4)] == list(range(run * 4, run * 4 + 4))
    assert verify(ws.log, ws.keys).records == 12


WRITER = """
import sys
from pathlib import Path
from audit import AuditLog
log = AuditLog.open(Path(sys.argv[1]), Path(sys.argv[2]), checkpoint_every=7)
print(",".join(str(log.append("ask", {"who": sys.argv[3], "i": i})) for i in range(int(sys.argv[4]))))
log.close()
"""


def test_two_processes_do_not_interleave(ws, reviewer) -> None:
    AuditLog.open(ws.log, ws.keys).close()  # creates the writer key once, before the race
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(ws.log), str(ws.keys), who, "60"],
                              stdout=subprocess.PIPE, text=True) for who in ("p1", "p2")]
    outs = [p.communicate(timeout=60)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    seqs = [set(map(int, o.strip().split(","))) for o in outs]
    assert not seqs[0] & seqs[1] and seqs[0] | seqs[1] == set(range(120))
    res = verify(ws.log, ws.keys)
    assert res.ok and res.records == 120
    by_seq = {e.seq: e.payload["who"] for e in _entries(ws.log, reviewer)}
    assert all(by_seq[s] == who for s_set, who in zip(seqs, ("p1", "p2")) for s in s_set)


def test_payload_must_be_json(ws) -> None:
    with AuditLog.open(ws.log, ws.keys) as log, pytest.raises(AuditError, match="not JSON-serialisable"):
        log.append("ask", {"x": object()})


def test_export_formats(ws, reviewer, tmp_path) -> None:
    with AuditLog.open(ws.log, ws.keys) as log:
        log.append("ask", {"prompt": 'quote " and, comma'}, user="ann")
    keys = rd.load_keys([reviewer.private], [reviewer.passphrase.encode()])
    with open(tmp_path / "o.jsonl", "w") as f:
        assert rd.write_jsonl(rd.entries(ws.log, keys), f) == 1
    assert json.loads((tmp_path / "o.jsonl").read_text())["payload"]["prompt"] == 'quote " and, comma'
    import csv
    with open(tmp_path / "o.csv", "w", newline="") as f:
        rd.write_csv(rd.entries(ws.log, keys), f)
    rows = list(csv.DictReader(open(tmp_path / "o.csv")))
    assert json.loads(rows[0]["payload"])["prompt"] == 'quote " and, comma' and rows[0]["user"] == "ann"
