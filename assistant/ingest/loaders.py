"""One loader per format, each returning a ``Document`` of ``Block``s.

Well-kept libraries do the parsing (pypdf, python-docx, BeautifulSoup,
charset-normalizer, the stdlib ``email`` and ``csv``); this module only maps
their output onto blocks with page numbers and heading paths, and turns every
failure into a ``LoadError`` naming the file and the reason.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable
from pathlib import Path

from ..errors import LoadError
from ..types import Block, Document

MAX_BYTES = 100 * 1024 * 1024
CSV_ROWS_PER_BLOCK = 20
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


def load(path: Path, max_bytes: int = MAX_BYTES) -> Document:
    path = Path(path)
    source = str(path.resolve())
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise LoadError(source, f"unsupported file type {path.suffix or '(none)'}")
    data = _read(path, source, max_bytes)
    try:
        fmt, blocks, title = loader(data, source)
    except LoadError:
        raise
    except Exception as err:  # noqa: BLE001 - a parser's failure is the file's problem, named
        raise LoadError(source, f"cannot parse {path.suffix[1:].upper()}: {_one_line(err)}") from err
    blocks = tuple(b for b in blocks if b.text.strip())
    if not blocks:
        raise LoadError(source, "no extractable text" + (" (scanned?)" if fmt == "pdf" else ""))
    return Document(source, hashlib.sha256(data).hexdigest(), fmt, blocks, title)


def _read(path: Path, source: str, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size == 0:
            raise LoadError(source, "empty file")
        if size > max_bytes:
            raise LoadError(source, f"file too large ({size / 2**20:.0f} MB > {max_bytes / 2**20:.0f} MB limit)")
        return path.read_bytes()
    except PermissionError as err:
        raise LoadError(source, "permission denied") from err
    except IsADirectoryError as err:
        raise LoadError(source, "is a folder") from err
    except OSError as err:
        raise LoadError(source, err.strerror or str(err)) from err


def _one_line(err: Exception) -> str:
    text = " ".join(str(err).split()) or type(err).__name__
    return text[:200]


def decode_text(data: bytes, source: str) -> str:
    """Bytes in any common encoding to str; binary content is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise LoadError(source, "binary content (not text in any known encoding)")
        text = str(best)
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if "\x00" in text[:4096] or controls > len(text[:4096]) * 0.05:
        raise LoadError(source, "binary content (not text in any known encoding)")
    return text


# -- formats ------------------------------------------------------------------
def load_text(data: bytes, source: str):
    text = decode_text(data, source)
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "text", [Block("\n".join(paras))], None


def load_markdown(data: bytes, source: str):
    text = decode_text(data, source)
    blocks, path, lines, title = [], [], [], None
    in_code = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            in_code = not in_code
        match = None if in_code else HEADING.match(line)
        if match:
            _flush(blocks, lines, path)
            level, heading = len(match.group(1)), match.group(2)
            title = title or heading
            path = path[: level - 1] + [heading]
            lines = [heading]  # the heading's words help both BM25 and embeddings
        else:
            lines.append(line)
    _flush(blocks, lines, path)
    return "markdown", blocks, title


def _flush(blocks: list[Block], lines: list[str], path: list[str]) -> None:
    text = "\n".join(lines).strip()
    if text:
        blocks.append(Block(text, heading=" > ".join(path) or None))
    lines.clear()


def load_pdf(data: bytes, source: str):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise LoadError(source, "encrypted PDF (needs a password)")
            except (NotImplementedError, PdfReadError) as err:
                raise LoadError(source, "encrypted PDF (needs a password)") from err
        pages = reader.pages
        blocks = [Block(page.extract_text() or "", page=n) for n, page in enumerate(pages, 1)]
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError) as err:
        raise LoadError(source, f"corrupt PDF: {_one_line(err)}") from err
    title = None
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # noqa: BLE001 - a broken info dict is no reason to drop the text
        pass
    return "pdf", blocks, title


def load_docx(data: bytes, source: str):
    import zipfile

    from docx import Document as Docx

    try:
        doc = Docx(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as err:
        raise LoadError(source, f"corrupt DOCX: {_one_line(err)}") from err
    blocks, path, lines, title = [], [], [], None
    for para in doc.paragraphs:
        style = (para.style.name if para.style is not None else "") or ""
        if style.startswith("Heading") or style == "Title":
            _flush(blocks, lines, path)
            level = int(style.split()[-1]) if style.split()[-1].isdigit() else 1
            title = title or para.text
            path = path[: level - 1] + [para.text.strip()]
            lines = [para.text.strip()]
        elif para.text.strip():
            lines.append(para.text)
    _flush(blocks, lines, path)
    for table in doc.tables:
        rows = [" | ".join(cell.text.strip() for cell in row.cells) for row in table.rows]
        blocks.append(Block("\n".join(rows), heading=" > ".join(path) or None))
    return "docx", blocks, title


def load_html(data: bytes, source: str):
    return ("html", *_html_blocks(decode_text(data, source)))


def _html_blocks(markup: str):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(["script", "style", "nav", "footer", "header", "aside", "noscript", "form"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    blocks, path, lines = [], [], []
    body = soup.body or soup
    for el in body.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "pre"]):
        text = el.get_text(" ", strip=True)
        if not text:
            continue
        if el.name[0] == "h" and el.name[1:].isdigit():
            _flush(blocks, lines, path)
            level = int(el.name[1])
            path = path[: level - 1] + [text]
            lines = [text]
        else:
            lines.append(text)
    _flush(blocks, lines, path)
    return blocks, title


def load_csv(data: bytes, source: str):
    text = decode_text(data, source)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if not rows:
        return "csv", [], None
    header, body = rows[0], rows[1:]
    blocks = []
    for start in range(0, len(body), CSV_ROWS_PER_BLOCK):
        records = ["; ".join(f"{h.strip()}: {v.strip()}" for h, v in zip(header, row) if v.strip())
                   for row in body[start:start + CSV_ROWS_PER_BLOCK]]
        blocks.append(Block("\n".join(r for r in records if r),
                            heading=f"rows {start + 1}-{start + len(records)}"))
    return "csv", blocks, None


def load_email(data: bytes, source: str):
    from email import policy
    from email.parser import BytesParser

    msg = BytesParser(policy=policy.default).parsebytes(data)
    if not any(msg.get(h) for h in ("From", "To", "Subject", "Date")):
        raise LoadError(source, "not an e-mail message (no From/To/Subject/Date header)")
    head = "\n".join(f"{h}: {msg[h]}" for h in ("From", "To", "Cc", "Date", "Subject") if msg.get(h))
    subject = str(msg.get("Subject") or "") or None
    blocks = [Block(head, heading=subject)]
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is not None:
        content = body.get_content()
        if body.get_content_subtype() == "html":
            content = "\n".join(b.text for b in _html_blocks(content)[0])
        blocks.append(Block(content, heading=subject))
    for part in msg.iter_attachments():
        name = part.get_filename() or "attachment"
        if part.get_content_maintype() == "text":
            blocks.append(Block(part.get_content(), heading=f"{subject or 'e-mail'} > {name}"))
    return "email", blocks, subject


LOADERS: dict[str, Callable] = {
    ".txt": load_text, ".text": load_text, ".log": load_text,
    ".md": load_markdown, ".markdown": load_markdown,
    ".pdf": load_pdf,
    ".docx": load_docx,
    ".html": load_html, ".htm": load_html,
    ".csv": load_csv, ".tsv": load_csv,
    ".eml": load_email,
}
SUPPORTED_SUFFIXES = frozenset(LOADERS)
