"""HTML with BeautifulSoup (lxml): page chrome stripped, headings kept.

Removed: script, style, nav, aside, forms and the like, and the page's own
header and footer. A header or footer inside <article> or <main> is kept: in
HTML5 that is the article's title and byline, not site chrome.
"""
from __future__ import annotations

from ..types import Block
from .encoding import decode_text
from .outline import Outline

BOILERPLATE = ["script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
               "nav", "aside", "form", "button", "select", "dialog"]
CHROME_ROLES = "[role=navigation], [role=banner], [role=contentinfo], [role=search], [aria-hidden=true]"
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
BLOCKS = frozenset({"p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd",
                    "table", "tr", "caption", "blockquote", "pre", "br", "hr", "figure",
                    "figcaption", "address", "details", "summary"})
CELLS = frozenset({"td", "th"})


def parse(data: bytes, source: str) -> tuple[list[Block], str | None]:
    return blocks_of(decode_text(data, source))


def blocks_of(markup: str) -> tuple[list[Block], str | None]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    title = " ".join(soup.title.get_text(" ").split()) if soup.title else None
    _strip_chrome(soup)
    outline = _outline(soup.body or soup)
    return outline.finish(), title or outline.title


def text_of(markup: str) -> str:
    """An HTML fragment (an e-mail body) as plain text."""
    blocks, _ = blocks_of(markup)
    return "\n".join(b.text for b in blocks)


def _strip_chrome(soup) -> None:
    doomed = soup.find_all(BOILERPLATE) + soup.select(CHROME_ROLES)
    doomed += [t for t in soup.find_all(["header", "footer"]) if not t.find_parent(["article", "main"])]
    for tag in doomed:
        if not tag.decomposed:  # may have gone with an ancestor already
            tag.decompose()


def _outline(root) -> Outline:
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    outline, line = Outline(), []

    def end_line() -> None:
        text = " ".join("".join(line).split())
        if text:
            outline.add(text)
        line.clear()

    for node in root.descendants:
        if isinstance(node, Tag):
            if node.name in HEADINGS:
                end_line()
                outline.heading(int(node.name[1]), node.get_text(" "))
            elif node.name in BLOCKS:
                end_line()
            elif node.name in CELLS and line:
                line.append(" | ")
        elif isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
            if node.find_parent(HEADINGS) is None:  # heading words were taken with the heading
                line.append(str(node))
    end_line()
    return outline
