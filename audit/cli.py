"""`audit` command line: verify, read and export the audit log; make and install reviewer keys.

Mounted by the app as `assistant audit ...`, and installed alone as `audit`.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import checkpoint as cpmod
from . import read as rd
from .errors import AuditError
from .keys import generate_reviewer_keys, install_reviewer_key
from .scan import LATEST
from .verify import verify as verify_log

PASS_ENV = "AUDIT_PASSPHRASE"


def _defaults() -> dict[str, Path]:
    """Where the log and keys live: the parent app's ctx.obj, else $ASSISTANT_WORKSPACE, else the user data dir."""
    ctx = click.get_current_context(silent=True)
    obj = ctx.find_root().obj if ctx else None
    if isinstance(obj, dict) and obj.get("audit_dir") and obj.get("keys_dir"):
        return {"audit": Path(obj["audit_dir"]), "keys": Path(obj["keys_dir"])}
    ws = os.environ.get("ASSISTANT_WORKSPACE")
    if not ws:
        try:
            from platformdirs import user_data_dir
            ws = user_data_dir("assistant")
        except ImportError:  # a reviewer's minimal install
            ws = str(Path.home() / ".local/share/assistant")
    return {"audit": Path(ws) / "audit", "keys": Path(ws) / "keys"}


def _fail(exc: AuditError) -> None:
    click.echo(f"audit: error: {exc}", err=True)
    sys.exit(2)


def _passphrases(files: tuple[Path, ...], confirm: bool = False) -> list[bytes]:
    if files:
        return [p.read_bytes().rstrip(b"\r\n") for p in files]
    if os.environ.get(PASS_ENV):
        return [os.environ[PASS_ENV].encode()]
    return [click.prompt("Passphrase", hide_input=True, confirmation_prompt=confirm, err=True).encode()]


@click.group(name="audit")
def cli() -> None:
    """Encrypted, tamper-evident audit log: verify it, read it with the reviewer key, export it.

    \b
    The analyst's workstation holds only the reviewer's PUBLIC key: it can
    append records but not read them.  The reviewer reads with the private
    key (`show`, `export`), and anyone can check integrity (`verify`) without
    any private key.  Record layout: docs/AUDIT_FORMAT.md.

    \b
    Default folders: the app's workspace `audit/` and `keys/`
    ($ASSISTANT_WORKSPACE, else the user data folder of "assistant").
    Passphrases are never command-line arguments: use --passphrase-file,
    the AUDIT_PASSPHRASE environment variable, or the hidden prompt.

    \b
    Exit codes: 0 success / log intact; 1 tampering found; 2 could not run
    (bad key, wrong passphrase, bad arguments); 3 torn final record left by
    a crash (earlier records intact).
    """


LOG_OPT = click.option("--log", "log_dir", type=click.Path(path_type=Path, file_okay=False),
                       help="Log folder [default: WORKSPACE/audit].")
KEYS_OPT = click.option("--keys", "keys_dir", type=click.Path(path_type=Path, file_okay=False),
                        help="Keys folder [default: WORKSPACE/keys].")


@cli.command()
@LOG_OPT
@KEYS_OPT
@click.option("--since-checkpoint", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="A checkpoint exported earlier (`audit checkpoint`): also prove the log only grew since.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def verify(log_dir: Path | None, keys_dir: Path | None, since_checkpoint: Path | None, as_json: bool) -> None:
    """Check integrity: record hashes, sequence, Merkle root, Ed25519 checkpoint signatures.

    Needs no private key.  With --keys (or the default keys folder) the
    writer's public key there pins who must have signed.  Exit 0 intact,
    1 tampered (the reason names the record), 3 torn final record.
    """
    d = _defaults()
    keys = keys_dir or (d["keys"] if d["keys"].is_dir() else None)
    try:
        res = verify_log(log_dir or d["audit"], keys, since_checkpoint)
    except AuditError as exc:
        _fail(exc)
    if as_json:
        click.echo(json.dumps(res.to_dict(), indent=1))
    else:
        seq = f" (record {res.seq})" if res.seq is not None else ""
        click.echo(f"{res.status}{seq}: {res.reason}")
    sys.exit(res.exit_code)


def _reader_options(f):
    for opt in reversed([
        LOG_OPT,
        click.option("--key", "key_files", multiple=True, required=True,
                     type=click.Path(path_type=Path, dir_okay=False, exists=True),
                     help="Reviewer private key (repeat for keys used before a rotation)."),
        click.option("--passphrase-file", "pass_files", multiple=True,
                     type=click.Path(path_type=Path, dir_okay=False, exists=True),
                     help="File whose first line is a key's passphrase (repeatable)."),
        click.option("--user", help="Only records of this user."),
        click.option("--from", "start", help="Only records at or after this ISO 8601 time (UTC if no zone)."),
        click.option("--to", "end", help="Only records at or before this ISO 8601 time."),
        click.option("--grep", help="Only records whose payload contains TEXT (case-insensitive)."),
        click.option("--kind", "kinds", multiple=True, help="Only records of this kind (repeatable)."),
    ]):
        f = opt(f)
    return f


def _selected(log_dir, key_files, pass_files, user, start, end, grep, kinds):
    log_dir = log_dir or _defaults()["audit"]
    keys = rd.load_keys(key_files, _passphrases(pass_files))
    res = verify_log(log_dir)
    if not res.ok:
        click.echo(f"audit: warning: verify says {res.status}: {res.reason}", err=True)
    t0 = rd.parse_time(start) if start else None
    t1 = rd.parse_time(end) if end else None
    return rd.select(rd.entries(log_dir, keys, t0, t1, kinds), user, grep)


@cli.command()
@_reader_options
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def show(log_dir, key_files, pass_files, user, start, end, grep, kinds, as_json) -> None:
    """Decrypt and print records with the reviewer's private key(s)."""
    try:
        items = _selected(log_dir, key_files, pass_files, user, start, end, grep, kinds)
        if as_json:
            rd.write_jsonl(items, sys.stdout)
            return
        for e in items:
            click.echo(f"#{e.seq}  {e.time.isoformat()}  {e.kind}  user={e.user}")
            click.echo(json.dumps(e.payload, indent=2, ensure_ascii=False, sort_keys=True))
    except AuditError as exc:
        _fail(exc)


@cli.command()
@_reader_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), required=True)
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="Output file [default: stdout].")
def export(log_dir, key_files, pass_files, user, start, end, grep, kinds, fmt, out) -> None:
    """Decrypt records and write them as JSON Lines or CSV (payload as a JSON column)."""
    writer = rd.write_jsonl if fmt == "jsonl" else rd.write_csv
    try:
        items = _selected(log_dir, key_files, pass_files, user, start, end, grep, kinds)
        if out is None:
            writer(items, sys.stdout)
            return
        with open(out, "w", encoding="utf-8", newline="") as f:
            n = writer(items, f)
        click.echo(f"wrote {n} records to {out}", err=True)
    except AuditError as exc:
        _fail(exc)


@cli.command()
@LOG_OPT
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), required=True)
def checkpoint(log_dir: Path | None, out: Path) -> None:
    """Export the latest signed checkpoint; keep it, and later `verify --since-checkpoint` it."""
    path = (log_dir or _defaults()["audit"]) / LATEST
    try:
        cp = cpmod.read(path)
        if cp is None:
            raise AuditError(f"{path}: no checkpoint yet (the log has not been closed or checkpointed)")
        if not cp.signature_ok():
            raise AuditError(f"{path}: checkpoint signature does not verify")
    except AuditError as exc:
        _fail(exc)
    out.write_text(cp.to_json(), encoding="utf-8")
    click.echo(f"checkpoint: {cp.tree_size} records, root {cp.root.hex()} -> {out}")


@cli.group()
def keys() -> None:
    """Make the reviewer's key pair; install its public half on a workstation."""


@keys.command("init")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="Folder for reviewer.key (encrypted) and reviewer.pub.")
@click.option("--passphrase-file", "pass_file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
def keys_init(out: Path, pass_file: Path | None) -> None:
    """Make a reviewer X25519 key pair; the private key is encrypted under a passphrase.

    Keep reviewer.key on the reviewer's machine only; give reviewer.pub to
    the workstation (`keys install`).
    """
    try:
        priv, pub = generate_reviewer_keys(out, _passphrases((pass_file,) if pass_file else (), confirm=True)[0])
    except AuditError as exc:
        _fail(exc)
    click.echo(f"private key (keep it off workstations): {priv}\npublic key: {pub}")


@keys.command("install")
@click.argument("pubkey", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@KEYS_OPT
def keys_install(pubkey: Path, keys_dir: Path | None) -> None:
    """Install a reviewer public key; from the next record on, records are sealed to it."""
    try:
        dest = install_reviewer_key(pubkey, keys_dir or _defaults()["keys"])
    except AuditError as exc:
        _fail(exc)
    click.echo(f"installed {pubkey} as {dest}")


def main() -> None:
    cli(prog_name="audit")


if __name__ == "__main__":
    main()
