"""Redaction across cores: worker processes forked from the one that loaded the models.

spaCy's NER is most of the cost of redacting at ingest and runs on one core. The
workers are forked, not spawned, so each starts in a fraction of a second with the
pipeline and recognizers already in memory (copy-on-write) instead of loading spaCy
again, and nothing but texts and spans crosses the pipe. A few slices per worker, cut
by characters, handed to whichever worker is free; the caller waits (doing a slice
itself measured no faster on 2 cores: 1.74-1.82x against 1.80-1.89x). Pseudonyms stay
with the caller: the workers only find spans, and placeholders are numbered in input order.
"""
from __future__ import annotations

import logging
import multiprocessing
import signal
import weakref
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .spans import Span

FindMany = Callable[[list[str]], list[list[Span]]]
# Below this many characters a batch stays in this process (a prompt, a short file): there
# is little to split. Chosen, not tuned; above it 300 passages (277 kB) ran 1.6-1.9x faster
# on 2 cores.
MIN_CHARS = 20_000
# NER time per character differs (a filing's tables against prose), so one slice of equal
# characters per worker left one idle at the end: on the ingest passages, 2 cores, 110-123k
# chars/s with one slice per worker against 125-140k with two to four.
SLICES_PER_WORKER = 4

log = logging.getLogger(__name__)
_find_many: FindMany | None = None  # in a worker: what it was forked to run


def _start_worker(find_many: FindMany) -> None:
    global _find_many
    _find_many = find_many
    # The caller may be the Textual app, forking from its session thread: its signal
    # handlers and asyncio's wake-up fd came along. Ctrl-C (sent to the whole process
    # group) and a resize are the caller's to handle, not N workers' tracebacks.
    try:
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for name in ("SIGWINCH", "SIGTSTP", "SIGCONT"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), signal.SIG_DFL)
    except ValueError:  # not the main thread: cannot happen after fork, which keeps one thread
        pass


def _run(texts: list[str]) -> list[list[Span]]:
    return _find_many(texts)


def split(texts: list[str], parts: int) -> list[list[str]]:
    """Contiguous slices of about equal characters (NER time follows length), in order."""
    total = sum(map(len, texts))
    slices, current, filled = [], [], 0
    for text in texts:
        current.append(text)
        filled += len(text)
        if len(slices) < parts - 1 and filled >= total * (len(slices) + 1) / parts:
            slices.append(current)
            current = []
    return [s for s in slices + [current] if s]


class Workers:
    """``find_many`` over a batch, spread over ``count`` worker processes."""

    def __init__(self, find_many: FindMany, count: int) -> None:
        self.find_many = find_many
        can_fork = "fork" in multiprocessing.get_all_start_methods()
        self.count = max(1, count) if can_fork else 1
        self._pool: ProcessPoolExecutor | None = None

    def __call__(self, texts: list[str]) -> list[list[Span]]:
        if self.count == 1 or sum(map(len, texts)) < MIN_CHARS:
            return self.find_many(texts)
        try:
            parts = split(texts, self.count * SLICES_PER_WORKER)
            pending = [self._executor().submit(_run, part) for part in parts]
            return [spans for job in pending for spans in job.result()]
        except BrokenProcessPool as err:  # a worker was killed (out of memory?): carry on alone
            log.warning("redaction worker died (%s); redacting in one process from now on", err)
            self._close()
            self.count = 1
            return self.find_many(texts)

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # Lazy imports and cached word lists happen here, once, before the fork: the
            # workers inherit them instead of each loading its own.
            self.find_many(["Warm up, Mr Smith of 1 Main St."])
            self._pool = ProcessPoolExecutor(
                self.count, mp_context=multiprocessing.get_context("fork"),
                initializer=_start_worker, initargs=(self.find_many,))
            weakref.finalize(self, self._pool.shutdown, wait=False, cancel_futures=True)
        return self._pool

    def _close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
