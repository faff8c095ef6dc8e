"""The command line: ``assistant --help`` is the manual.

Every command is a thin shell over the library: parse flags, call one
function, print. Our exceptions become one line on stderr here and nowhere
else. Heavy libraries (torch, transformers, faiss) are imported inside the
commands that need them, so ``--help`` and ``audit verify`` start instantly.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import offline
from .config import PRECISIONS
from .errors import AssistantError

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2

WORKSPACE_HELP = "Workspace folder (env ASSISTANT_WORKSPACE; default: the user's data dir)."
DOMAIN_OPTION = click.option("--domain", "-d", help="Domain pack: healthcare, finance or a folder.")
MODEL_OPTION = click.option("--model", "-m", help="Generator: a registered name, a local HF folder or a .gguf file.")
ADAPTER_OPTION = click.option("--adapter", help="LoRA adapter folder, or 'none' for the base model.")
PRECISION_OPTION = click.option(
    "--precision", type=click.Choice(PRECISIONS),
    help="Generator weights: int4 (GGUF Q4_1's own grid, the fast path), int8 or fp32, the "
         "reference (env ASSISTANT_PRECISION; default from config.toml, else int4).")


def _settings(ctx: click.Context, **flags):
    from .config import load_settings

    return load_settings(ctx.obj["workspace"], **flags)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--workspace", "-w", type=click.Path(file_okay=False), envvar="ASSISTANT_WORKSPACE",
              help=WORKSPACE_HELP)
@click.version_option(package_name="assistant")
@click.pass_context
def cli(ctx: click.Context, workspace: str | None) -> None:
    """A privacy-first domain assistant that never leaves this machine.

    \b
    Typical use:
      assistant audit keys install reviewer.pub    # once, the reviewer's public key
      assistant ingest ~/policies --domain healthcare
      assistant ask "What is the retention period for lab results?"
      assistant chat                                # the terminal app

    Every question and answer is redacted for PII and written to an encrypted,
    tamper-evident audit log that only the compliance reviewer can read.
    Exit codes: 0 ok, 1 a failure you can fix (the message says how), 2 usage.
    """
    from .config import load_settings

    settings = load_settings(workspace)
    ctx.obj = {"workspace": workspace, "audit_dir": str(settings.audit_dir),
               "keys_dir": str(settings.keys_dir)}


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@DOMAIN_OPTION
@click.option("--prune", is_flag=True, help="Also drop indexed files under PATHS that no longer exist.")
@click.option("--json", "as_json", is_flag=True,
              help='Print {"files", "chunks", "unchanged", "removed", "stale", "skipped", "seconds"}.')
@click.pass_context
def ingest(ctx, paths, domain, prune, as_json):
    """Add documents (PDF, DOCX, HTML, Markdown, text, CSV, e-mail) to the index.

    Unchanged files are skipped; changed files are replaced; an interrupted
    run resumes. Files that cannot be read are listed with the reason. A file
    stored under another redaction policy (the pack's at_rest or recognizers
    changed, or the redactor was upgraded) is redacted again; files of other
    folders still stored the old way are counted in a warning.
    """
    from .console import ingest_progress, print_ingest_report
    from .pipeline import ingest as run_ingest
    from .pipeline import open_session

    session = open_session(_settings(ctx, domain=domain))
    try:
        with ingest_progress(enabled=not as_json) as progress:
            report = run_ingest(session, paths, prune=prune, progress=progress)
    finally:
        session.close()
    if as_json:
        click.echo(json.dumps(report.to_json()))
    else:
        print_ingest_report(report)


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@DOMAIN_OPTION
@click.pass_context
def forget(ctx, path, domain):
    """Remove one file's passages from the index at once."""
    from .pipeline import forget as run_forget
    from .pipeline import open_session

    session = open_session(_settings(ctx, domain=domain))
    try:
        n = run_forget(session, path)
    finally:
        session.close()
    click.echo(f"forgot {path}: {n} passages removed")


@cli.command()
@click.argument("question", required=False)
@DOMAIN_OPTION
@MODEL_OPTION
@ADAPTER_OPTION
@PRECISION_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of streaming.")
@click.option("--jsonl", is_flag=True, help='Batch: read {"question": ...} lines on stdin, one JSON result per line.')
@click.pass_context
def ask(ctx, question, domain, model, adapter, precision, as_json, jsonl):
    """Answer QUESTION from the indexed documents, with numbered citations.

    The question is redacted before the model sees it; the answer says so
    when the documents do not hold it. Each answer is written to the audit log.
    """
    from .pipeline import ask as run_ask
    from .pipeline import open_session
    from .console import answer_json, print_answer

    if not jsonl and not question:
        raise click.UsageError("give a QUESTION, or --jsonl with questions on stdin")
    session = open_session(_settings(ctx, domain=domain, generator=model, adapter=adapter,
                                     precision=precision), generator=True)
    try:
        if jsonl:
            for q in _jsonl_questions():
                click.echo(json.dumps(answer_json(run_ask(session, q))), nl=True)
                session.history.clear()  # batch questions are independent
        elif as_json:
            click.echo(json.dumps(answer_json(run_ask(session, question))))
        else:
            answer = run_ask(session, question, on_token=lambda t: click.echo(t, nl=False))
            click.echo()
            print_answer(answer)
    finally:
        session.close()


@cli.command()
@click.argument("question", required=False)
@DOMAIN_OPTION
@click.option("-k", default=5, show_default=True, help="How many passages.")
@click.option("--mode", type=click.Choice(["hybrid", "dense", "bm25"]), default="hybrid", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@click.option("--jsonl", is_flag=True, help="Batch: questions on stdin, one JSON list per line.")
@click.pass_context
def search(ctx, question, domain, k, mode, as_json, jsonl):
    """Retrieval only: the passages that would be given to the model."""
    from .pipeline import open_session, redact_question, retrieve
    from .console import hits_json, print_hits

    if not jsonl and not question:
        raise click.UsageError("give a QUESTION, or --jsonl with questions on stdin")
    session = open_session(_settings(ctx, domain=domain))
    try:
        for q in (_jsonl_questions() if jsonl else [question]):
            redacted = redact_question(session, q).text
            result = retrieve(session, redacted, k, mode)
            if jsonl or as_json:
                click.echo(json.dumps(hits_json(result.hits)))
            else:
                print_hits(result.hits)
    finally:
        session.close()


def _jsonl_questions():
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            yield json.loads(line)["question"]
        except (ValueError, KeyError, TypeError):
            raise click.UsageError(f'stdin line {n}: expected {{"question": "..."}}')


@cli.command()
@click.pass_context
def doctor(ctx):
    """Check the installation: models found (path, SHA-256), workspace, network guard."""
    from .doctor import run_checks

    ok = run_checks(_settings(ctx), echo=click.echo)
    ctx.exit(EXIT_OK if ok else EXIT_FAIL)


@cli.command()
@DOMAIN_OPTION
@MODEL_OPTION
@ADAPTER_OPTION
@PRECISION_OPTION
@click.pass_context
def chat(ctx, domain, model, adapter, precision):
    """Open the terminal app (Textual): ask, read citations, manage documents."""
    from .tui.app import AssistantApp

    AssistantApp(_settings(ctx, domain=domain, generator=model, adapter=adapter,
                           precision=precision)).run()


def _mount_optional() -> None:
    # Subcommand groups that live in their own packages; `audit` must also run alone.
    from audit.cli import cli as audit_cli

    from .finetune_cli import eval_command, finetune
    from .privacy.cli import redact

    cli.add_command(audit_cli, "audit")
    cli.add_command(redact, "redact")
    cli.add_command(finetune, "finetune")
    cli.add_command(eval_command, "eval")


def main(argv: list[str] | None = None) -> None:
    offline.enable()
    _mount_optional()
    try:
        cli.main(args=argv, prog_name="assistant", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE if isinstance(exc, click.UsageError) else EXIT_FAIL)
    except (click.Abort, KeyboardInterrupt):
        click.echo("interrupted: what was stored is intact; run the same command again to resume",
                   err=True)
        sys.exit(130)
    except AssistantError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(err.exit_code)
    except OSError as err:
        click.echo(f"error: {_os_message(err)}", err=True)
        sys.exit(EXIT_FAIL)
    except Exception as err:  # noqa: BLE001 - audit errors and friends, one line each
        if type(err).__module__.startswith("audit"):
            click.echo(f"error: {err}", err=True)
            sys.exit(getattr(err, "exit_code", EXIT_FAIL))
        raise


def _os_message(err: OSError) -> str:
    import errno

    where = f"{err.filename}: " if err.filename else ""
    if err.errno == errno.ENOSPC:
        return f"{where}disk full; nothing already stored was changed, free space and run again"
    return f"{where}{err.strerror or err}"
