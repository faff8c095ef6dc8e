"""CSV/TSV: each row as a record "column: value; column: value", named by the
header row, and one block per ``ROWS_PER_BLOCK`` rows (heading "rows a-b").

The delimiter is sniffed (comma, semicolon, tab, pipe) by the stdlib; the
first row is taken as the header, because analysts' exports have one.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ..types import Block
from .encoding import decode_text

ROWS_PER_BLOCK = 20
SNIFF_CHARS = 16 * 1024


def parse(data: bytes, source: str, rows_per_block: int = ROWS_PER_BLOCK) -> tuple[list[Block], str | None]:
    text = decode_text(data, source)
    reader = csv.reader(io.StringIO(text), _dialect(text, Path(source).suffix.lower()))
    header = next(reader, None)
    if header is None:
        return [], None
    names = [h.strip() or f"column {i}" for i, h in enumerate(header, 1)]
    blocks, records, first = [], [], 1
    for number, row in enumerate(reader, 1):
        record = _record(names, row)
        if record:
            records.append(record)
        if number % rows_per_block == 0:
            blocks.append(_block(records, first, number))
            records, first = [], number + 1
    if records:
        blocks.append(_block(records, first, number))
    return [b for b in blocks if b.text], None


def _dialect(text: str, suffix: str):
    if suffix == ".tsv":
        return csv.excel_tab
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]  # whole rows only: a cut row misleads the sniffer
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:  # one column, or too little to judge
        return csv.excel


def _record(names: list[str], row: list[str]) -> str:
    fields = []
    for i, value in enumerate(row):
        value = " ".join(value.split())
        if value:
            name = names[i] if i < len(names) else f"column {i + 1}"
            fields.append(f"{name}: {value}")
    return "; ".join(fields)


def _block(records: list[str], first: int, last: int) -> Block:
    # A blank line between records makes each a paragraph: the chunker cuts between records.
    return Block("\n\n".join(records), heading=f"rows {first}-{last}")
