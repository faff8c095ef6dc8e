"""The bad-input corpus: files the loaders must refuse with a clear reason.

    .venv/bin/python tests/data/make_bad.py      # writes the small ones into tests/data/bad/ (committed)

The small files are committed. What is large or cannot live in git (a
200 MB file, a symlink loop, a file nobody may read) is made at test time by
the functions below, in a temporary folder.
"""
from __future__ import annotations

import os
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
BAD = HERE / "bad"

# file name -> words its LoadError reason must contain
EXPECTED = {
    "corrupt.pdf": "corrupt PDF",
    "truncated.pdf": "corrupt PDF",
    "encrypted.pdf": "encrypted PDF",
    "scanned.pdf": "no extractable text (scanned?)",
    "empty.txt": "empty file",
    "binary.txt": "binary content",
    "utf16-garbage.txt": "binary content",
    "program.exe": "unsupported file type .exe",
    "data.xyz": "unsupported file type .xyz",
    "broken.docx": "corrupt DOCX",
    "not-an-email.eml": "not an e-mail message",
    "whitespace.md": "no text",
}


def make_small(folder: Path = BAD) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    report = (HERE / "report.pdf").read_bytes()
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + _noise(4096, seed=1))
    (folder / "truncated.pdf").write_bytes(report[: len(report) // 3])
    _encrypted_pdf(HERE / "report.pdf", folder / "encrypted.pdf")
    _scanned_pdf(folder / "scanned.pdf")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + _noise(4096, seed=2))
    (folder / "utf16-garbage.txt").write_bytes(b"\xff\xfe" + _noise(2048, seed=3))
    (folder / "program.exe").write_bytes(b"MZ\x90\x00\x03\x00\x00\x00" + _noise(512, seed=4))
    (folder / "data.xyz").write_text("plain words in a file type nobody registered\n")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04" + _noise(600, seed=5))
    (folder / "not-an-email.eml").write_text("just words, no headers at all\n")
    (folder / "whitespace.md").write_text("\n\n   \n\t\n")


def make_large(path: Path, size: int = 200 * 2**20) -> Path:
    """A sparse file of ``size`` bytes: takes no disk space, reads as zeros."""
    with open(path, "wb") as fh:
        fh.truncate(size)
    return path


def make_symlink_loop(folder: Path) -> Path:
    """folder/loop/back -> folder: walking it naively never ends. Also
    folder/self.txt, a link to itself: opening it fails with ELOOP."""
    (folder / "loop").mkdir(parents=True)
    os.symlink(folder, folder / "loop" / "back")
    os.symlink(folder / "self.txt", folder / "self.txt")
    return folder / "loop"


def _noise(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


def _encrypted_pdf(source: Path, target: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password="secret", owner_password="owner-secret", algorithm="AES-256")
    with open(target, "wb") as fh:
        writer.write(fh)


def _scanned_pdf(path: Path) -> None:
    """Pages with only shapes on them, as a scan without OCR looks to a text extractor."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for shade in (0.2, 0.6):
        pdf.setFillGray(shade)
        pdf.rect(60, 300, 470, 400, fill=1)
        pdf.showPage()
    pdf.save()


if __name__ == "__main__":
    make_small()
