"""Markdown: one block per section, the heading path in ``Block.heading``.

markdown-it-py (CommonMark) finds the headings, so ``#`` lines inside code
fences and setext (underlined) headings are handled as the spec says; the
section text stays the author's Markdown source, which reads well as a
cited passage.
"""
from __future__ import annotations

from ..types import Block
from .encoding import decode_text
from .outline import Outline


def parse(data: bytes, source: str) -> tuple[list[Block], str | None]:
    from markdown_it import MarkdownIt

    text = decode_text(data, source)
    lines = text.split("\n")
    tokens = MarkdownIt("commonmark").parse(text)
    outline = Outline(joiner="\n")  # the lines are the source's own
    cursor = 0  # first source line not yet given to the outline
    for i, tok in enumerate(tokens):
        if tok.type != "heading_open" or tok.map is None:
            continue
        start, end = tok.map
        for line in lines[cursor:start]:
            outline.add(line)
        outline.heading(int(tok.tag[1]), _plain(tokens[i + 1]))
        cursor = end
    for line in lines[cursor:]:
        outline.add(line)
    return outline.finish(), outline.title


def _plain(inline) -> str:
    """A heading's words without its emphasis, link or code markers."""
    parts = [c.content for c in inline.children or () if c.type in ("text", "code_inline")]
    return "".join(parts) or inline.content
