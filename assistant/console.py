"""What the command line prints: JSON shapes, answers, hit lists, progress.

The JSON shapes here are the stable contract outside tools rely on.
"""
from __future__ import annotations

import contextlib
from pathlib import Path

import click

from .types import Answer, Hit


def answer_json(answer: Answer) -> dict:
    return {
        "answer": answer.text,
        "refused": answer.refused,
        "citations": [{"n": c.n, "source": c.source, "page": c.page, "chunk_id": c.chunk_id,
                       "text": c.text} for c in answer.citations],
        "redactions": [{"entity": e.entity_type, "placeholder": e.placeholder}
                       for e in answer.redactions],
        "audit_seq": answer.audit_seq,
        "model_sha256": answer.model_sha256,
        "adapter_sha256": answer.adapter_sha256,
    }


def hits_json(hits) -> list[dict]:
    return [{"rank": h.rank, "score": round(h.score, 6), "source": h.chunk.source,
             "page": h.chunk.page, "chunk_id": h.chunk.chunk_id, "text": h.chunk.text}
            for h in hits]


def _where(source: str, page: int | None) -> str:
    name = Path(source).name
    return f"{name}, p. {page}" if page else name


def print_answer(answer: Answer) -> None:
    if answer.refused:
        click.secho("(not in the documents)", dim=True)
        return
    click.echo()
    for c in answer.citations:
        snippet = " ".join(c.text.split())
        snippet = snippet[:160] + ("…" if len(snippet) > 160 else "")
        click.echo(f"[{c.n}] {_where(c.source, c.page)}  ({c.chunk_id})")
        click.secho(f"    {snippet}", dim=True)
    if answer.redactions:
        kinds = sorted({e.entity_type for e in answer.redactions})
        click.secho(f"redacted before the model saw it: {', '.join(kinds)}", dim=True)
    click.secho(f"audit record #{answer.audit_seq}", dim=True)


def print_hits(hits: tuple[Hit, ...]) -> None:
    if not hits:
        click.echo("no passages found")
    for h in hits:
        snippet = " ".join(h.chunk.text.split())[:200]
        click.echo(f"{h.rank}. {_where(h.chunk.source, h.chunk.page)}  score {h.score:.4f}")
        click.secho(f"   {snippet}", dim=True)


def print_ingest_report(report) -> None:
    click.echo(f"ingested {report.files} files, {report.chunks} passages"
               f" ({report.unchanged} unchanged, {report.removed} removed) in {report.seconds:.1f}s")
    for s in report.skipped:
        click.secho(f"skipped {s.path}: {s.reason}", fg="yellow", err=True)
    if report.stale:
        click.secho(f"{report.stale} other files in the index were stored under another redaction "
                    "policy: ingest their folders again to redact them as the pack now says",
                    fg="yellow", err=True)


@contextlib.contextmanager
def ingest_progress(enabled: bool = True):
    """A rich progress bar fed by Library.ingest's events: files/s, chunks, ETA."""
    if not enabled:
        yield None
        return
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    columns = (TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[chunks]} passages"), TextColumn("{task.fields[rate]}"),
               TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("files", total=None, chunks=0, rate="")
        state = {"chunks": 0}

        def on_event(event: str, data: dict) -> None:
            if event == "total":
                bar.update(task, total=data["files"])
            elif event in ("file", "skip"):
                state["chunks"] += data.get("chunks", 0)
                elapsed = bar.tasks[task].elapsed or 1e-9
                bar.update(task, advance=1, chunks=state["chunks"],
                           rate=f"{state['chunks'] / elapsed:.1f} passages/s")

        yield on_event
