"""Walk the analyst's paths: every supported file once, every skip with a reason."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import LoadError
from .loaders import SUPPORTED_SUFFIXES


def discover(paths: list[Path]) -> Iterator[Path | LoadError]:
    """Files in sorted order, and a LoadError for what must be skipped.
    Symlinked folders are followed once: a loop is reported, not walked forever."""
    seen_dirs: set[tuple[int, int]] = set()
    for root in paths:
        yield from _walk(Path(root), seen_dirs)


def _walk(path: Path, seen_dirs: set[tuple[int, int]]) -> Iterator[Path | LoadError]:
    try:
        if path.is_symlink() and not path.exists():
            yield LoadError(str(path), "broken symlink or symlink loop")
            return
        if path.is_dir():
            st = path.stat()
            key = (st.st_dev, st.st_ino)
            if key in seen_dirs:
                yield LoadError(str(path), "symlink loop (folder already visited)")
                return
            seen_dirs.add(key)
            try:
                children = sorted(path.iterdir())
            except PermissionError:
                yield LoadError(str(path), "permission denied")
                return
            for child in children:
                if child.name.startswith("."):
                    continue  # hidden files and folders: editor swap files, .git
                yield from _walk(child, seen_dirs)
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                yield path
            else:
                yield LoadError(str(path), f"unsupported file type {path.suffix or '(none)'}")
        elif path.exists():
            yield LoadError(str(path), "not a regular file")
        else:
            yield LoadError(str(path), "no such file or folder")
    except OSError as err:
        yield LoadError(str(path), _os_reason(err))


def _os_reason(err: OSError) -> str:
    import errno

    if err.errno == errno.ELOOP:
        return "symlink loop"
    if err.errno == errno.EACCES:
        return "permission denied"
    return err.strerror or str(err)

