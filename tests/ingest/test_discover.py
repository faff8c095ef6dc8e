"""discover(): every supported file once, in sorted order; every skip reported
with its reason; loops and unreadable folders survived."""
from __future__ import annotations

import os
from pathlib import Path

import make_bad

from assistant.errors import LoadError
from assistant.ingest.discover import discover


def walk(*roots: Path) -> tuple[list[str], dict[str, str]]:
    files, skipped = [], {}
    for item in discover(list(roots)):
        if isinstance(item, LoadError):
            assert "\n" not in item.reason
            skipped[item.path] = item.reason
        else:
            files.append(str(item))
    return files, skipped


def tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"words in {name}\n")


def test_sorted_depth_first_hidden_passed_over_unsupported_reported(tmp_path):
    tree(tmp_path, ["b.md", "a.txt", "sub/z.pdf", "sub/c.csv", "A.html", "tool.exe", "README",
                    ".git/config.txt", "sub/.~lock.c.csv#", ".hidden.md"])
    files, skipped = walk(tmp_path)
    assert files == [str(tmp_path / n) for n in ["A.html", "a.txt", "b.md", "sub/c.csv", "sub/z.pdf"]]
    assert skipped == {str(tmp_path / "README"): "unsupported file type (no suffix)",
                       str(tmp_path / "tool.exe"): "unsupported file type .exe"}
    assert walk(tmp_path) == (files, skipped)  # the same order every run


def test_a_file_and_a_missing_path_given_directly(tmp_path):
    tree(tmp_path, ["one.md"])
    files, skipped = walk(tmp_path / "one.md", tmp_path / "nope")
    assert files == [str(tmp_path / "one.md")]
    assert skipped == {str(tmp_path / "nope"): "no such file or folder"}


def test_symlink_loops_are_reported_not_walked(tmp_path):
    tree(tmp_path, ["docs/policy.md"])
    make_bad.make_symlink_loop(tmp_path / "docs")
    files, skipped = walk(tmp_path)
    assert files == [str(tmp_path / "docs/policy.md")]
    assert skipped == {
        str(tmp_path / "docs/loop/back"): "symlink loop (links back to a folder above it)",
        str(tmp_path / "docs/self.txt"): "symlink loop",
    }


def test_a_file_or_folder_reached_twice_is_yielded_once(tmp_path):
    tree(tmp_path, ["real/memo.md"])
    os.symlink(tmp_path / "real", tmp_path / "shortcut")
    os.symlink(tmp_path / "real" / "memo.md", tmp_path / "zz-link.md")
    files, skipped = walk(tmp_path)
    assert files == [str(tmp_path / "real/memo.md")]
    assert skipped == {str(tmp_path / "shortcut"): f"folder already walked as {tmp_path / 'real'}",
                       str(tmp_path / "zz-link.md"): f"same file as {tmp_path / 'real/memo.md'}"}


def test_broken_symlink_and_fifo_are_reported(tmp_path):
    os.symlink(tmp_path / "missing.md", tmp_path / "dangling.md")
    os.mkfifo(tmp_path / "pipe.txt")
    _, skipped = walk(tmp_path)
    assert skipped == {str(tmp_path / "dangling.md"): "broken symlink",
                       str(tmp_path / "pipe.txt"): "not a regular file"}


def test_unreadable_folder_is_reported_and_the_rest_walked(tmp_path, unprivileged):
    tree(tmp_path, ["a/open.md", "b/locked/secret.md", "c/also-open.txt"])
    (tmp_path / "b" / "locked").chmod(0)
    code = ("import sys\nfrom pathlib import Path\nfrom assistant.ingest.discover import discover\n"
            "for item in discover([Path(sys.argv[1])]):\n    print(getattr(item, 'reason', 'FILE'), item.path if "
            "hasattr(item, 'reason') else item, sep='|')\n")
    try:
        lines = unprivileged(code, str(tmp_path)).splitlines()
    finally:
        (tmp_path / "b" / "locked").chmod(0o755)
    assert lines == [f"FILE|{tmp_path / 'a/open.md'}",
                     f"permission denied|{tmp_path / 'b/locked'}",
                     f"FILE|{tmp_path / 'c/also-open.txt'}"]


def test_discover_then_load_over_the_bad_corpus(tmp_path, data):
    """The whole bad corpus, plus the generated cases, in one folder: every
    file is either loaded or reported, and the good ones still load."""
    from assistant.ingest.loaders import load

    folder = tmp_path / "mixed"
    folder.mkdir()
    for path in (data / "bad").iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "good.md").write_text("# Good\n\nThis one loads.\n")
    make_bad.make_large(folder / "huge.txt")
    make_bad.make_symlink_loop(folder)
    loaded, reasons = [], {}
    for item in discover([folder]):
        if isinstance(item, LoadError):
            reasons[Path(item.path).name] = item.reason
            continue
        try:
            loaded.append(load(item).source)
        except LoadError as err:
            reasons[Path(err.path).name] = err.reason
    assert loaded == [str(folder / "good.md")]
    expected = {**make_bad.EXPECTED, "huge.txt": "file too large", "back": "symlink loop",
                "self.txt": "symlink loop"}
    assert set(reasons) == set(expected)
    for name, words in expected.items():
        assert words in reasons[name], (name, reasons[name])
