"""Every kind of bad input is refused with a LoadError that names the file and
gives a one-line reason; none crashes or hangs the loader."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import make_bad
import pytest

from assistant.errors import LoadError
from assistant.ingest.loaders import load



def reason_of(path: Path, **kwargs) -> str:
    with pytest.raises(LoadError) as caught:
        load(path, **kwargs)
    err = caught.value
    assert Path(err.path).is_absolute() and Path(err.path).name == Path(path).name
    assert "\n" not in str(err) and str(err).startswith(err.path + ": ")
    return err.reason


@pytest.mark.parametrize("name", sorted(make_bad.EXPECTED))
def test_committed_bad_corpus(data, name):
    assert make_bad.EXPECTED[name] in reason_of(data / "bad" / name)


def test_the_generator_remakes_the_same_corpus(tmp_path, data):
    shutil.copy(data / "report.pdf", tmp_path / "report.pdf")  # the encrypted and truncated PDFs start from it
    make_bad.HERE = tmp_path
    try:
        make_bad.make_small(tmp_path / "bad")
    finally:
        make_bad.HERE = data
    assert sorted(p.name for p in (tmp_path / "bad").iterdir()) == sorted(make_bad.EXPECTED)
    for name, words in make_bad.EXPECTED.items():
        assert words in reason_of(tmp_path / "bad" / name)


def test_encrypted_pdf_opens_with_the_password_so_it_is_not_corrupt(data):
    from pypdf import PdfReader

    reader = PdfReader(data / "bad" / "encrypted.pdf")
    assert reader.is_encrypted and reader.decrypt("secret")
    assert "142 percent" in reader.pages[0].extract_text()


def test_pdf_locked_only_against_editing_loads(tmp_path, data):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(data / "report.pdf"))
    writer.encrypt(user_password="", owner_password="owner-only", algorithm="AES-128")
    path = tmp_path / "owner-only.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    assert [b.page for b in load(path).blocks] == [1, 2, 3]


def test_200_mb_file_is_refused_by_size_before_reading(tmp_path):
    big = make_bad.make_large(tmp_path / "huge.txt")
    assert reason_of(big) == "file too large (200.0 MB > 100 MB limit)"
    assert reason_of(big, max_bytes=150 * 2**20) == "file too large (200.0 MB > 150 MB limit)"


def test_the_size_limit_is_a_parameter(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("word " * 400)
    assert "file too large" in reason_of(path, max_bytes=1000)
    assert load(path, max_bytes=2000).blocks


def test_a_folder_and_a_fifo_are_not_files(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    assert reason_of(tmp_path / "folder.txt") == "is a folder"
    os.mkfifo(tmp_path / "pipe.txt")
    assert reason_of(tmp_path / "pipe.txt") == "not a regular file"  # and no hang on open


def test_a_symlink_loop_is_a_load_error(tmp_path):
    make_bad.make_symlink_loop(tmp_path)
    assert reason_of(tmp_path / "self.txt") == "symlink loop"
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    assert reason_of(tmp_path / "a.txt") == "symlink loop"


def test_unreadable_file_is_permission_denied(tmp_path, unprivileged):
    path = tmp_path / "secret.txt"
    path.write_text("classified")
    path.chmod(0)
    code = ("import sys\nfrom assistant.ingest.loaders import load\nfrom assistant.errors import LoadError\n"
            "try:\n    load(sys.argv[1]); print('LOADED')\nexcept LoadError as err:\n    print(err.reason)\n")
    try:
        assert unprivileged(code, str(path)) == "permission denied"
    finally:
        path.chmod(0o600)
