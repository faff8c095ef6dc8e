"""SIGKILL the writer mid-append: the log verifies up to the last complete record and appending resumes."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from audit import AuditLog, verify
from audit import read as rd

WRITER = """
import sys
from pathlib import Path
from audit import AuditLog
log = AuditLog.open(Path(sys.argv[1]), Path(sys.argv[2]), checkpoint_every=9, max_segment_bytes=20000)
print("open", flush=True)
for i in range(100000):
    print(log.append("ask", {"i": i, "pad": "p" * (i % 50)}), flush=True)
"""


def _run_and_kill(ws, rng: random.Random) -> int:
    """Start a writer, SIGKILL it at a random moment; return the highest seq it reported durable."""
    p = subprocess.Popen([sys.executable, "-c", WRITER, str(ws.log), str(ws.keys)],
                         stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "open"
    time.sleep(rng.uniform(0.05, 0.4))
    os.kill(p.pid, signal.SIGKILL)
    lines = p.stdout.read().split()
    p.wait()
    return int(lines[-1]) if lines else -1


def test_sigkill_during_appends(ws, reviewer) -> None:
    rng = random.Random(int(os.environ.get("AUDIT_CRASH_SEED", "7")))
    AuditLog.open(ws.log, ws.keys).close()
    durable, seen_torn = -1, 0
    for _ in range(10):
        acked = _run_and_kill(ws, rng)
        res = verify(ws.log, ws.keys)
        assert res.status in ("ok", "torn"), res
        seen_torn += res.status == "torn"
        # every acknowledged record survived; at most the one in flight (plus a recovery record) more
        assert acked < res.records <= max(acked, durable) + 3, (acked, res)
        if res.status == "torn":
            assert res.exit_code == 3 and res.seq == res.records
        durable = res.records - 1
    with AuditLog.open(ws.log, ws.keys) as log:  # repairs a torn tail, then appends cleanly
        last = log.append("session_stop", {"after": "crashes"})
    res = verify(ws.log, ws.keys)
    assert res.ok and res.records == last + 1 and res.unsigned == 0, res
    keys = rd.load_keys([reviewer.private], [reviewer.passphrase.encode()])
    got = list(rd.entries(ws.log, keys))
    assert [e.seq for e in got] == list(range(last + 1))
    assert {e.kind for e in got} <= {"ask", "recovery", "session_stop"}
    print(f"torn tails seen: {seen_torn}/10, records: {last + 1}")


def test_torn_tail_reported_then_repaired(ws, reviewer) -> None:
    with AuditLog.open(ws.log, ws.keys, checkpoint_every=100) as log:
        for i in range(5):
            log.append("ask", {"i": i})
    seg = ws.log / "seg-000000.log"
    data = seg.read_bytes()
    # Simulate the crash deterministically: a half-written sixth frame after the last checkpoint.
    # (the first 80 bytes of a real frame: length prefix and the start of a body).
    seg.write_bytes(data + data[36:116])
    res = verify(ws.log, ws.keys)
    assert (res.status, res.records, res.seq, res.exit_code) == ("torn", 5, 5, 3), res
    with AuditLog.open(ws.log, ws.keys) as log:
        assert log.append("ask", {"i": 5}) == 6  # seq 5 is the recovery record
    res = verify(ws.log, ws.keys)
    assert res.ok and res.records == 7
    keys = rd.load_keys([reviewer.private], [reviewer.passphrase.encode()])
    rec = list(rd.entries(ws.log, keys))[5]
    assert rec.kind == "recovery" and rec.payload["bytes"] == 80
