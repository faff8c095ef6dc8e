"""verify() as an attacker meets it: every alteration fails and names the record."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit import AuditLog, verify
from audit.checkpoint import Checkpoint, read
from audit.format import encode_record_header, parse_checkpoint, parse_record
from audit.keys import install_reviewer_key, load_public
from audit.scan import LATEST

import audit_forge as forge

N = 24
EVERY = 5


def _make_log(root: Path, reviewer_pub: Path, tag: str) -> tuple[Path, Path]:
    log, keys = root / f"audit-{tag}", root / f"keys-{tag}"
    install_reviewer_key(reviewer_pub, keys)
    with AuditLog.open(log, keys, checkpoint_every=EVERY) as w:
        for i in range(N):
            w.append("ask", {"prompt": f"question {i} from {tag}", "answer": "x" * (i % 7)}, user="ann")
    return log, keys


@pytest.fixture(scope="module")
def logs(tmp_path_factory, reviewer, reviewer2):
    root = tmp_path_factory.mktemp("tamper")
    main, keys = _make_log(root, reviewer.public, "main")
    other, _ = _make_log(root, reviewer2.public, "other")
    return main, keys, other, reviewer2


def _copy(src: Path) -> tuple[tempfile.TemporaryDirectory, Path]:
    tmp = tempfile.TemporaryDirectory()
    dst = Path(tmp.name) / "audit"
    shutil.copytree(src, dst)
    return tmp, dst


def _assert_tampered(log: Path, keys: Path, seq: int | None) -> None:
    res = verify(log, keys)
    assert (res.ok, res.status) == (False, "tampered"), res
    assert res.seq == seq, res
    if seq is not None:
        assert f"record {seq}" in res.reason, res


def test_untouched_log_passes(logs) -> None:
    main, keys, *_ = logs
    res = verify(main, keys)
    assert (res.ok, res.status, res.records, res.seq) == (True, "ok", N, None)
    assert res.exit_code == 0


MUTATIONS = st.sampled_from(["flip", "truncate", "delete", "duplicate", "swap", "splice", "reseal"])


@settings(max_examples=int(__import__("os").environ.get("AUDIT_TAMPER_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=MUTATIONS, k=st.integers(0, N - 1), j=st.integers(0, N - 1), where=st.floats(0, 1, exclude_max=True))
def test_any_alteration_fails_naming_the_record(logs, kind, k, j, where) -> None:
    main, keys, other, reviewer2 = logs
    tmp, log = _copy(main)
    with tmp:
        seg = log / "seg-000000.log"
        parts = forge.split(seg)
        idx = parts.record_index
        f = parts.frames
        expect = k
        if kind == "flip":  # one bit anywhere in record k's frame, length prefix included
            fr = bytearray(f[idx[k]])
            bit = int(where * len(fr) * 8)
            fr[bit // 8] ^= 1 << (bit % 8)
            f[idx[k]] = bytes(fr)
        elif kind == "truncate":  # cut the file somewhere inside (or at the start of) record k
            cut = int(where * len(f[idx[k]]))
            parts.frames = f[:idx[k]] + [f[idx[k]][:cut]]
        elif kind == "delete":
            del f[idx[k]]
        elif kind == "duplicate":
            f.insert(idx[k] + 1, f[idx[k]])
            expect = k + 1
        elif kind == "swap":
            if j == k:
                j = (k + 1) % N
            f[idx[k]], f[idx[j]] = f[idx[j]], f[idx[k]]
            expect = min(j, k)
        elif kind == "splice":  # record k of another log (same seq, another reviewer key)
            f[idx[k]] = forge.split(other / "seg-000000.log").frames[forge.split(other / "seg-000000.log").record_index[k]]
        elif kind == "reseal":  # same header fields, payload sealed afresh to another key
            f[idx[k]] = _resealed(parts.record_body(k), load_public(reviewer2.public))
        forge.join(parts, seg)
        _assert_tampered(log, keys, expect)


def _resealed(body: bytes, pub) -> bytes:
    from audit.format import frame
    from audit.seal import key_id, seal
    h = parse_record(body)
    plaintext = b'{"payload":{"prompt":"nothing to see"},"user":"ann"}'
    header = encode_record_header(h.seq, h.time_us, key_id(pub), h.kind, len(plaintext))
    return frame(header + seal(header, plaintext, pub))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(k=st.integers(0, N - 1))
def test_rewritten_history_resigned_with_new_writer_key(logs, k) -> None:
    main, keys, other, _ = logs
    kept = Path(tempfile.mkdtemp()) / "kept.json"  # the reviewer exported this checkpoint earlier
    kept.write_text((main / LATEST).read_text())
    tmp, log = _copy(main)
    with tmp:
        parts = forge.split(log / "seg-000000.log")
        bodies = [parts.record_body(s) for s in range(N)]
        bodies[k] = forge.split(other / "seg-000000.log").record_body(k)
        forge.resign(log, bodies, Ed25519PrivateKey.generate(), EVERY)
        res = verify(log, keys)  # the keys folder pins the genuine writer key
        assert res.status == "tampered" and "writer key" in res.reason, res
        res = verify(log, None, since_checkpoint=kept)  # the reviewer's checkpoint pins it too
        assert res.status == "tampered" and "writer key" in res.reason, res
        # With nothing pinned, a forger holding a writer key of their own is not detected:
        # this is why the reviewer keeps exported checkpoints (docs/AUDIT_FORMAT.md, trust).
        assert verify(log, None).ok


def test_history_rewritten_with_stolen_writer_key_fails_consistency(logs) -> None:
    """The writer key lives on the workstation; a thief can re-sign, but not match the kept root."""
    main, keys, other, _ = logs
    kept = Path(tempfile.mkdtemp()) / "kept.json"
    kept.write_text((main / LATEST).read_text())
    from cryptography.hazmat.primitives import serialization as ser
    stolen = ser.load_pem_private_key((keys / "writer_ed25519.key").read_bytes(), None)
    tmp, log = _copy(main)
    with tmp:
        parts = forge.split(log / "seg-000000.log")
        bodies = [parts.record_body(s) for s in range(N)]
        bodies[3] = forge.split(other / "seg-000000.log").record_body(3)
        forge.resign(log, bodies, stolen, EVERY)
        assert verify(log, keys).ok  # self-consistent forgery...
        res = verify(log, keys, since_checkpoint=kept)
        assert res.status == "tampered" and "does not match the records' Merkle root" in res.reason


def test_checkpoint_tampering(logs) -> None:
    main, keys, *_ = logs
    tmp, log = _copy(main)
    with tmp:
        parts = forge.split(log / "seg-000000.log")
        cp_at = next(i for i, fr in enumerate(parts.frames) if fr[4] == 0x43)
        fr = bytearray(parts.frames[cp_at])
        fr[4 + 90] ^= 4  # inside the signature
        parts.frames[cp_at] = bytes(fr)
        forge.join(parts, log / "seg-000000.log")
        res = verify(log, keys)
        assert res.status == "tampered" and "signature does not verify" in res.reason


def test_whole_records_cut_off_the_end_caught_by_latest(logs) -> None:
    main, keys, *_ = logs
    tmp, log = _copy(main)
    with tmp:
        parts = forge.split(log / "seg-000000.log")
        last_cp = max(i for i, fr in enumerate(parts.frames) if fr[4] == 0x43 and i < len(parts.frames) - 1)
        parts.frames = parts.frames[:last_cp + 1]  # clean cut at an earlier checkpoint
        forge.join(parts, log / "seg-000000.log")
        res = verify(log, keys)
        assert res.status == "tampered" and "log truncated" in res.reason and res.seq == 20
        (log / LATEST).unlink()
        assert "checkpoint.latest is missing" in verify(log, keys).reason


def test_rolled_back_latest_and_since_checkpoint(logs, tmp_path) -> None:
    main, keys, *_ = logs
    kept = tmp_path / "kept.json"
    kept.write_text((main / LATEST).read_text())
    assert verify(main, keys, since_checkpoint=kept).ok
    tmp, log = _copy(main)
    with tmp:
        parts = forge.split(log / "seg-000000.log")
        # Roll segments and checkpoint.latest back together to the checkpoint at size 10.
        parts.frames = parts.frames[:parts.record_index[10]]
        forge.join(parts, log / "seg-000000.log")
        cf = parse_checkpoint(parts.frames[-1][4:])
        log_id = read(main / LATEST).log_id
        old = Checkpoint(log_id, cf.tree_size, cf.time_us, cf.root, cf.writer_key, cf.signature)
        (log / LATEST).write_text(old.to_json())
        assert verify(log, keys).ok  # consistent in itself
        res = verify(log, keys, since_checkpoint=kept)
        assert res.status == "tampered" and res.seq == 10 and "record 10 onward removed" in res.reason, res
