"""Walk the analyst's paths: every supported file once, every skip with a reason.

Folders are walked depth first with entries in sorted order, so two runs
over the same tree see files in the same order. Symlinked folders are
followed, but a folder already on the current walk (a loop) or already
walked by another route is reported instead of walked again; a file reached
twice (say through a symlink) is yielded once. Names starting with "." are
passed over without a report: they are version-control and editor files,
never documents, and reporting each would bury the real skips.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import LoadError
from .loaders import SUPPORTED_SUFFIXES, os_reason


def discover(paths: list[Path]) -> Iterator[Path | LoadError]:
    """Files to load, and a LoadError for each thing that must be skipped."""
    walk = _Walk()
    for root in paths:
        yield from walk.visit(Path(root), ancestors=())


class _Walk:
    def __init__(self) -> None:
        self.dirs: dict[tuple[int, int], Path] = {}  # (device, inode) -> first path walked
        self.files: dict[tuple[int, int], Path] = {}

    def visit(self, path: Path, ancestors: tuple[tuple[int, int], ...]) -> Iterator[Path | LoadError]:
        try:
            st = path.stat()  # follows symlinks; a loop raises ELOOP
        except OSError as err:
            reason = os_reason(err)
            if path.is_symlink() and reason == "no such file or folder":
                reason = "broken symlink"
            yield LoadError(str(path), reason)
            return
        key = (st.st_dev, st.st_ino)
        if path.is_dir():
            yield from self._folder(path, key, ancestors)
        elif not path.is_file():
            yield LoadError(str(path), "not a regular file")
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            yield LoadError(str(path), f"unsupported file type {path.suffix.lower() or '(no suffix)'}")
        elif key in self.files:
            yield LoadError(str(path), f"same file as {self.files[key]}")
        else:
            self.files[key] = path
            yield path

    def _folder(self, path: Path, key, ancestors) -> Iterator[Path | LoadError]:
        if key in ancestors:
            yield LoadError(str(path), "symlink loop (links back to a folder above it)")
            return
        if key in self.dirs:
            yield LoadError(str(path), f"folder already walked as {self.dirs[key]}")
            return
        self.dirs[key] = path
        try:
            with os.scandir(path) as entries:
                names = sorted(e.name for e in entries)
        except OSError as err:
            yield LoadError(str(path), os_reason(err))
            return
        for name in names:
            if not name.startswith("."):
                yield from self.visit(path / name, ancestors + (key,))
