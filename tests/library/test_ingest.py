"""The ingest path with the real embedder and redactor: every format, bad input
survived and reported, incremental re-ingest, forget, prune, resume after kill."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from library_support import ROOT, library

from assistant.errors import LoadError
from assistant.ingest import loaders

pytestmark = pytest.mark.slow
SAMPLES = [p for d in ("healthcare", "finance") for p in sorted((ROOT / "domains" / d / "sample").iterdir())]


def bad_corpus(folder: Path) -> dict[str, str]:
    """file name -> the words its skip reason must contain"""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "corrupt.pdf").write_bytes((ROOT / "domains/healthcare/sample/records-retention-schedule.pdf").read_bytes()[:700])
    (folder / "tool.exe").write_bytes(b"MZ\x90\x00")
    (folder / "notmail.eml").write_text("just words, no headers at all\n")
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(ROOT / "domains/finance/sample/credit-risk-report-q2-2025.pdf").pages:
        writer.add_page(page)
    writer.encrypt("secret")
    with open(folder / "locked.pdf", "wb") as fh:
        writer.write(fh)
    os.symlink(folder / "loop", folder / "loop")  # a symlink to itself
    return {"empty.txt": "empty file", "binary.txt": "binary", "corrupt.pdf": "PDF",
            "tool.exe": "unsupported", "notmail.eml": "not an e-mail", "locked.pdf": "encrypted",
            "loop": "symlink"}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_sample_format_loads(path):
    doc = loaders.load(path)
    assert doc.blocks and all(b.text.strip() for b in doc.blocks)
    if path.suffix == ".pdf":
        assert [b.page for b in doc.blocks] == [1, 2]
    if path.suffix in (".md", ".html"):
        assert any(b.heading and " > " in b.heading for b in doc.blocks)
    if path.suffix == ".html":
        text = " ".join(b.text for b in doc.blocks)
        assert "Intranet home" not in text and "analytics" not in text and "track()" not in text


def test_size_limit_and_encodings(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(200 * 2**20)  # a sparse 200 MB file
    with pytest.raises(LoadError, match="file too large"):
        loaders.load(big)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Résumé des procédures: hôpital, déjà vu, façade.".encode("latin-1"))
    assert "hôpital" in loaders.load(latin).blocks[0].text
    utf16 = tmp_path / "utf16.txt"
    utf16.write_text("Politique de rétention: dix ans.", encoding="utf-16")
    assert "rétention" in loaders.load(utf16).blocks[0].text


def test_bad_input_is_reported_and_the_rest_ingested(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "domains" / "healthcare" / "sample", docs)
    expected = bad_corpus(docs / "bad")
    lib = library(tmp_path / "index")
    report = lib.ingest([docs])
    assert report.files == 7 and report.chunks > 0
    reasons = {Path(s.path).name: s.reason for s in report.skipped}
    for name, words in expected.items():
        assert name in reasons, f"{name} not reported; skipped: {reasons}"
        assert words.lower() in reasons[name].lower(), (name, reasons[name])
        assert "\n" not in reasons[name]
    # Nothing stored before is lost: a second run over the same tree changes nothing.
    again = lib.ingest([docs])
    assert (again.files, again.unchanged) == (0, 7)
    assert lib.store.chunk_count() == report.chunks


def test_incremental_forget_and_prune(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "domains" / "finance" / "sample", docs)
    lib = library(tmp_path / "index")
    first = lib.ingest([docs])
    # Unchanged files are skipped by (size, mtime) without being read at all.
    monkeypatch.setattr(loaders, "load", lambda *a, **k: pytest.fail("an unchanged file was re-read"))
    assert lib.ingest([docs]).unchanged == first.files
    monkeypatch.undo()
    policy = docs / "kyc-aml-policy.txt"
    policy.write_text(policy.read_text() + "\n8. Training\nStaff complete AML training every 12 months.\n")
    changed = lib.ingest([docs])
    assert changed.files == 1
    texts = [r[0] for r in lib.store.db.execute("SELECT text FROM chunks WHERE source=?", (str(policy),))]
    assert any("AML training every 12 months" in t for t in texts)
    assert lib.store.faiss_index().ntotal == lib.store.chunk_count()
    removed = lib.forget(docs / "loan-approval-limits.csv")
    assert removed > 0 and lib.store.file(str(docs / "loan-approval-limits.csv")) is None
    (docs / "investment-policy.html").unlink()
    assert lib.ingest([docs], prune=True).removed == 1
    assert lib.store.faiss_index().ntotal == lib.store.chunk_count()


def test_pdf_hits_carry_page_numbers(tmp_path):
    lib = library(tmp_path / "index")
    pdf = ROOT / "domains" / "healthcare" / "sample" / "records-retention-schedule.pdf"
    lib.ingest([pdf])
    query = "How long are diagnostic images kept?"
    hits = lib.store.search(lib.embedder.encode([query])[0], query, 2).hits
    assert hits[0].chunk.page == 2


RESUMABLE = """
import sys, time
from pathlib import Path
sys.path.insert(0, {here!r})
from library_support import library
lib = library(Path({index!r}))
lib.ingest([Path({docs!r})])
"""


def test_resume_after_kill(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(40):
        (docs / f"note-{i:02d}.md").write_text(
            f"# Note {i}\n\nWard {i} keeps {i * 3} spare infusion pumps. " * 20)
    index = tmp_path / "index"
    code = RESUMABLE.format(here=str(Path(__file__).parent), index=str(index), docs=str(docs))
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 300
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with sqlite3.connect(index / "chunks.sqlite", timeout=1) as db:
                done = db.execute("SELECT COUNT(*) FROM files").fetchone()[0]
        except sqlite3.Error:
            done = 0
        if done >= 5:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.2)
    proc.wait()
    assert 5 <= done < 40, f"could not interrupt mid-ingest (files done: {done})"
    lib = library(index)
    report = lib.ingest([docs])
    assert report.files + report.unchanged == 40
    per_file = lib.store.db.execute("SELECT SUM(chunks) FROM files").fetchone()[0]
    assert lib.store.chunk_count() == per_file
    dupes = lib.store.db.execute(
        "SELECT COUNT(*) FROM (SELECT source, ordinal FROM chunks GROUP BY 1, 2 HAVING COUNT(*) > 1)").fetchone()[0]
    assert dupes == 0
    assert lib.store.faiss_index().ntotal == lib.store.chunk_count()


def test_docx_headings_and_tables(tmp_path):
    from docx import Document as Docx

    doc = Docx()
    doc.add_heading("Lending Policy", level=1)
    doc.add_heading("Limits", level=2)
    doc.add_paragraph("Unsecured personal loans are capped at USD 50,000 per customer.")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Product", "Cap"
    table.cell(1, 0).text, table.cell(1, 1).text = "Auto loan", "80,000"
    path = tmp_path / "policy.docx"
    doc.save(path)
    loaded = loaders.load(path)
    assert loaded.format == "docx" and loaded.title == "Lending Policy"
    limits = next(b for b in loaded.blocks if "capped" in b.text)
    assert limits.heading == "Lending Policy > Limits"
    assert any("Auto loan | 80,000" in b.text for b in loaded.blocks)
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(LoadError, match="broken.docx: .*DOCX"):
        loaders.load(bad)


def test_a_title_term_finds_its_documents_passage_dense_and_bm25(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    passage = "Hours are 9 to 5 on weekdays; exceptions need the duty manager's approval.\n"
    for name in ("visitor policy.txt", "pharmacy policy.txt"):
        (docs / name).write_text(passage)  # the same words: only the title tells them apart
    lib = library(tmp_path / "index")
    lib.ingest([docs])
    query = "What are the pharmacy hours?"
    vector = lib.embedder.encode([query])[0]
    for mode in ("dense", "bm25", "hybrid"):
        top = lib.store.search(vector, query, 2, mode=mode).hits[0].chunk
        assert Path(top.source).name == "pharmacy policy.txt", mode
        assert top.text == passage.strip() and top.title == "pharmacy policy"


def test_a_file_stored_under_another_redaction_policy_is_redone(tmp_path):
    """Stored text follows the pack's current redaction: a file kept in clear, or redacted
    by a redactor that missed something, is redone at the next ingest, not skipped."""
    from dataclasses import replace

    from library_support import embedder, redactor

    from assistant.library import Library
    from assistant.privacy import Redactor

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "note.txt").write_text("The client moved here from ESPOO last spring and asked about fees.\n")
    lib = library(tmp_path / "index")
    stored = lambda: " ".join(r[0] for r in lib.store.db.execute("SELECT text FROM chunks"))  # noqa: E731
    assert lib.ingest([docs]).files == 1 and "ESPOO" not in stored()
    assert lib.ingest([docs]).unchanged == 1  # same policy, same bytes: skipped

    kept = Library(lib.store, embedder(), redactor(), replace(lib.domain, at_rest="keep"))
    assert (kept.ingest([docs]).files, kept.policy) == (1, "keep") and "ESPOO" in stored()
    assert lib.ingest([docs]).files == 1 and "ESPOO" not in stored()  # "keep" -> "redact"

    # A redactor without the place rules (as before they were added) is another policy too.
    older = Redactor.for_domain({**lib.domain.privacy, "recognizers": [
        r for r in lib.domain.privacy["recognizers"] if r not in ("places", "town_shapes", "city_state")]})
    assert older.fingerprint != redactor().fingerprint
    weaker = Library(lib.store, embedder(), older, lib.domain)
    assert weaker.ingest([docs]).files == 1 and "ESPOO" in stored()
    assert lib.ingest([docs]).files == 1 and "ESPOO" not in stored()
    assert lib.store.file(str((docs / "note.txt").resolve())).policy == lib.policy
    # A file outside this run's folders, stored under another policy, is counted as stale.
    other = tmp_path / "other"
    other.mkdir()
    (other / "memo.txt").write_text("Fees for the account review are due in March.\n")
    assert weaker.ingest([other]).stale == 1  # note.txt, under lib's policy
    report = lib.ingest([docs])
    assert (report.unchanged, report.stale) == (1, 1) and report.to_json()["stale"] == 1


def test_small_files_share_a_redaction_batch_but_not_their_pseudonyms(tmp_path, monkeypatch):
    """Many small files are redacted in one batch (so the redaction workers have work),
    each file numbering its own placeholders, and each stored as if ingested alone."""
    import assistant.library as library_module
    from library_support import redactor

    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(6):
        (docs / f"note{i}.txt").write_text(f"Note {i}: Jane Roe called; MRN: 0012345{i}. John Smith saw her.\n")
    batches = []
    real = redactor().redact_each
    monkeypatch.setattr(redactor(), "redact_each", lambda groups: batches.append(len(groups)) or real(groups))
    lib = library(tmp_path / "index")
    assert lib.ingest([docs]).files == 6
    assert batches == [6]  # under BATCH_CHARS: one batch for the folder
    rows = lib.store.db.execute("SELECT text FROM chunks").fetchall()
    assert len(rows) == 6 and all(r[0].startswith("Note ") for r in rows)
    for (text,) in rows:  # per file: Jane Roe is <PERSON_1> in every one of them
        assert "Jane Roe" not in text and "<PERSON_1>" in text and "<PERSON_2>" in text and "<MRN_1>" in text

    monkeypatch.setattr(library_module, "BATCH_CHARS", 1)  # one file per batch: the same text
    alone = library(tmp_path / "alone")
    assert alone.ingest([docs]).files == 6 and batches[1:] == [1] * 6
    assert sorted(alone.store.db.execute("SELECT text FROM chunks").fetchall()) == sorted(rows)
