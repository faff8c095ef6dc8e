"""``load(path) -> Document``: read a file once, hash it, parse it by format.

Well-kept libraries do the parsing (pypdf, python-docx, BeautifulSoup,
markdown-it-py, charset-normalizer, the stdlib ``csv`` and ``email``), one
module per format; this module picks the module by suffix, reads the bytes
once while hashing them, and turns every failure into a ``LoadError`` whose
reason is one line: "empty file", "file too large (...)", "permission
denied", "encrypted PDF (...)", "corrupt PDF: ...", "binary content (...)",
"no extractable text (scanned?)".

Format modules are imported on first use, so importing this module (for
``SUPPORTED_SUFFIXES``) costs nothing.
"""
from __future__ import annotations

import errno
import hashlib
import importlib
import os
import stat
from pathlib import Path

from ..errors import LoadError
from ..types import Block, Document
from ..typography import plain

MAX_BYTES = 100 * 2**20
READ_CHUNK = 2**20

# suffix -> (Document.format, module in this package, name in messages)
FORMATS: dict[str, tuple[str, str, str]] = {
    ".pdf": ("pdf", "pdf", "PDF"),
    ".docx": ("docx", "word", "DOCX"),
    ".html": ("html", "webpage", "HTML"), ".htm": ("html", "webpage", "HTML"),
    ".md": ("markdown", "markdown", "Markdown"), ".markdown": ("markdown", "markdown", "Markdown"),
    ".txt": ("text", "plaintext", "text"), ".text": ("text", "plaintext", "text"),
    ".log": ("text", "plaintext", "text"),
    ".csv": ("csv", "records", "CSV"), ".tsv": ("csv", "records", "TSV"),
    ".eml": ("email", "mail", "e-mail"),
}
SUPPORTED_SUFFIXES = frozenset(FORMATS)


def load(path: Path, max_bytes: int = MAX_BYTES) -> Document:
    """Read and parse one file. Raises LoadError(path, reason) for anything it cannot use."""
    path = Path(path)
    source = _absolute(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise LoadError(source, f"unsupported file type {suffix or '(no suffix)'}")
    fmt, module, label = FORMATS[suffix]
    data, sha256 = read_bytes(path, source, max_bytes)
    parse = importlib.import_module(f"{__package__}.{module}").parse
    try:
        blocks, title = parse(data, source)
    except LoadError:
        raise
    except RecursionError as err:  # pathologically nested markup
        raise LoadError(source, f"corrupt {label}: nested too deeply") from err
    except Exception as err:  # noqa: BLE001 - a parser's failure is the file's problem: name it
        raise LoadError(source, f"corrupt {label}: {_one_line(err)}") from err
    # Layout marks out first: a soft hyphen would hide a name from the redactor (``plain``).
    blocks = tuple(Block(text, b.page, b.heading and plain(b.heading))
                   for b in blocks if (text := plain(b.text).strip()))
    if not blocks:
        raise LoadError(source, "no extractable text (scanned?)" if fmt == "pdf" else "no text")
    return Document(source, sha256, fmt, blocks, title and plain(title))


def read_bytes(path: Path, source: str, max_bytes: int = MAX_BYTES) -> tuple[bytes, str]:
    """The file's bytes and their SHA-256, in one pass; size checked before reading."""
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise LoadError(source, "is a folder")
        if not stat.S_ISREG(st.st_mode):  # a FIFO would block the open forever
            raise LoadError(source, "not a regular file")
        _check_size(source, st.st_size, max_bytes)
        digest, buf = hashlib.sha256(), bytearray()
        with open(path, "rb") as fh:
            while chunk := fh.read(READ_CHUNK):
                digest.update(chunk)
                buf += chunk
                _check_size(source, len(buf), max_bytes)  # it may grow while we read
        _check_size(source, len(buf), max_bytes)
        return bytes(buf), digest.hexdigest()
    except LoadError:
        raise
    except OSError as err:
        raise LoadError(source, os_reason(err)) from err


def _check_size(source: str, size: int, max_bytes: int) -> None:
    if size == 0:
        raise LoadError(source, "empty file")
    if size > max_bytes:
        raise LoadError(source, f"file too large ({size / 2**20:.1f} MB > {max_bytes / 2**20:g} MB limit)")


def os_reason(err: OSError) -> str:
    """An OSError as a reason an analyst understands."""
    if err.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if err.errno == errno.ELOOP:
        return "symlink loop"
    if err.errno == errno.ENOENT:
        return "no such file or folder"
    return _one_line(err.strerror or str(err))


def _absolute(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # a symlink loop: reading it will say so
        return str(path.absolute())


def _one_line(err: object) -> str:
    text = " ".join(str(err).split()) or type(err).__name__
    return text if len(text) <= 200 else text[:197] + "..."
