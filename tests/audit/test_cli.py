"""The `audit` command line, run as a reviewer and a workstation would."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from audit import AuditLog
from audit.cli import cli


def _log(ws, n: int = 3) -> None:
    with AuditLog.open(ws.log, ws.keys) as log:
        for i in range(n):
            log.append("ask", {"prompt": f"prompt {i}", "answer": "forty-two"}, user="ann" if i % 2 else "ben")


def _pass(tmp_path: Path, reviewer) -> str:
    p = tmp_path / "pass.txt"
    p.write_text(reviewer.passphrase + "\n")
    return str(p)


def test_keys_init_and_install(tmp_path: Path) -> None:
    r = CliRunner()
    res = r.invoke(cli, ["keys", "init", "--out", str(tmp_path / "rev")], input="longpassphrase\nlongpassphrase\n")
    assert res.exit_code == 0, res.output
    assert "PRIVATE" not in (tmp_path / "rev/reviewer.pub").read_text()
    res = r.invoke(cli, ["keys", "install", str(tmp_path / "rev/reviewer.pub"), "--keys", str(tmp_path / "keys")])
    assert res.exit_code == 0 and (tmp_path / "keys/reviewer.pub").exists()
    res = r.invoke(cli, ["keys", "init", "--out", str(tmp_path / "rev")], input="longpassphrase\nlongpassphrase\n")
    assert res.exit_code == 2 and "refusing to overwrite" in res.output


def test_verify_exit_codes(ws) -> None:
    _log(ws)
    r = CliRunner()
    res = r.invoke(cli, ["verify", "--log", str(ws.log), "--keys", str(ws.keys), "--json"])
    assert res.exit_code == 0 and json.loads(res.output)["records"] == 3
    seg = ws.log / "seg-000000.log"
    data = bytearray(seg.read_bytes())
    data[60] ^= 1
    seg.write_bytes(bytes(data))
    res = r.invoke(cli, ["verify", "--log", str(ws.log), "--keys", str(ws.keys)])
    assert res.exit_code == 1 and res.output.startswith("tampered (record 0)")
    data[60] ^= 1
    seg.write_bytes(bytes(data) + bytes(data[36:60]))
    res = r.invoke(cli, ["verify", "--log", str(ws.log), "--keys", str(ws.keys)])
    assert res.exit_code == 3 and res.output.startswith("torn (record 3)")


def test_show_and_export(ws, reviewer, tmp_path) -> None:
    _log(ws, 4)
    r = CliRunner()
    base = ["--log", str(ws.log), "--key", str(reviewer.private), "--passphrase-file", _pass(tmp_path, reviewer)]
    res = r.invoke(cli, ["show", *base, "--user", "ann", "--json"])
    assert res.exit_code == 0, res.output
    assert [json.loads(x)["seq"] for x in res.output.splitlines()] == [1, 3]
    res = r.invoke(cli, ["show", *base, "--grep", "PROMPT 2"])
    assert res.exit_code == 0 and res.output.startswith("#2 ") and "forty-two" in res.output
    res = r.invoke(cli, ["export", *base, "--format", "csv", "--out", str(tmp_path / "o.csv")])
    assert res.exit_code == 0 and len((tmp_path / "o.csv").read_text().splitlines()) == 5
    res = r.invoke(cli, ["show", *base, "--from", "2999-01-01"])
    assert res.exit_code == 0 and res.output == ""


def test_wrong_passphrase_is_one_line(ws, reviewer, tmp_path) -> None:
    _log(ws, 1)
    res = CliRunner().invoke(cli, ["show", "--log", str(ws.log), "--key", str(reviewer.private)],
                             env={"AUDIT_PASSPHRASE": "not-it-at-all"})
    assert res.exit_code == 2
    assert res.output.strip().count("\n") == 0 and "wrong passphrase" in res.output
    assert "Traceback" not in res.output


def test_checkpoint_export_and_since(ws, tmp_path) -> None:
    _log(ws, 2)
    r = CliRunner()
    kept = tmp_path / "kept.json"
    assert r.invoke(cli, ["checkpoint", "--log", str(ws.log), "--out", str(kept)]).exit_code == 0
    _log(ws, 2)
    res = r.invoke(cli, ["verify", "--log", str(ws.log), "--keys", str(ws.keys), "--since-checkpoint", str(kept)])
    assert res.exit_code == 0, res.output


def test_defaults_from_parent_ctx_obj(ws) -> None:
    _log(ws, 1)

    @click.group()
    @click.pass_context
    def app(ctx):
        ctx.obj = {"audit_dir": ws.log, "keys_dir": ws.keys}

    app.add_command(cli)
    res = CliRunner().invoke(app, ["audit", "verify"])
    assert res.exit_code == 0 and res.output.startswith("ok:"), res.output


def test_standalone_defaults_from_workspace_env(ws) -> None:
    _log(ws, 1)
    env = {**os.environ, "ASSISTANT_WORKSPACE": str(ws.log.parent)}
    p = subprocess.run([sys.executable, "-m", "audit.cli", "verify"], env=env, capture_output=True, text=True)
    assert p.returncode == 0 and p.stdout.startswith("ok: 1 records intact"), p.stdout + p.stderr


def test_audit_package_runs_without_assistant() -> None:
    code = ("import sys; sys.modules['assistant'] = None\n"
            "import audit, audit.cli, audit.read, audit.verify\n"
            "print(sorted(m for m in sys.modules if m.startswith('assistant')))")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert p.returncode == 0 and p.stdout.strip() == "['assistant']", p.stdout + p.stderr
