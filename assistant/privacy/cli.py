"""``assistant redact``: stdin in, redacted text out; how accuracy is measured from outside."""
from __future__ import annotations

import json
import sys

import click

from ..errors import ConfigError
from ..types import Redaction


def load_privacy_config(domain: str | None) -> dict:
    """The ``[privacy]`` table of a domain pack; no domain means every recognizer."""
    if not domain:
        return {}
    from ..domains import load

    return load(domain).privacy


def as_json(result: Redaction) -> str:
    return json.dumps({"text": result.text, "entities": [
        {"entity_type": e.entity_type, "start": e.start, "end": e.end, "score": e.score,
         "placeholder": e.placeholder} for e in result.entities]}, ensure_ascii=False)


@click.command("redact")
@click.option("--domain", "domain", default=None, help="domain pack whose [privacy] table to use")
@click.option("--json", "as_json_flag", is_flag=True, help="print text and entities as one JSON object")
@click.option("--jsonl", is_flag=True, help='one {"text": ...} per input line, one result per output line')
def redact(domain: str | None, as_json_flag: bool, jsonl: bool) -> None:
    """Redact PII from stdin: names, places, dates, IDs become <TYPE_n> placeholders."""
    from . import Pseudonyms, Redactor

    if as_json_flag and jsonl:
        raise click.UsageError("choose one of --json and --jsonl")
    redactor = Redactor.for_domain(load_privacy_config(domain))
    if not jsonl:
        result = redactor.redact(sys.stdin.read(), Pseudonyms())
        click.echo(as_json(result) if as_json_flag else result.text, nl=as_json_flag)
        return
    texts = []
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            texts.append(json.loads(line)["text"])
        except (json.JSONDecodeError, KeyError, TypeError) as err:
            raise ConfigError(f"stdin line {n}: expected {{\"text\": ...}} ({err})") from err
    # One session for the stream: a value repeated across lines keeps its placeholder.
    for result in redactor.redact_many(texts, Pseudonyms()):
        click.echo(as_json(result))
