"""One thread owns the session: the UI never touches it directly.

The session is not thread-safe (its SQLite connection belongs to the thread
that opened it), and model calls block for seconds. So every back-end call is
queued on a single worker thread, in order, and the UI awaits the result:
the screen keeps drawing while a question is answered or a folder ingested.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class Backend:
    def __init__(self, session_factory: Callable[[], Any]):
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="assistant-session")
        self._opening: Future = self._pool.submit(session_factory)

    @property
    def ready(self) -> bool:
        return self._opening.done() and self._opening.exception() is None

    async def session(self) -> Any:
        """The open session; raises what the factory raised if it could not open."""
        return await asyncio.wrap_future(self._opening)

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(session, *args)`` on the session's thread, after every call queued before it."""
        session = await self.session()
        return await asyncio.wrap_future(self._pool.submit(fn, session, *args))

    def shutdown(self) -> None:
        """Close the session (it writes its last audit record) and stop the thread."""
        def close() -> None:
            if self.ready:
                self._opening.result().close()

        try:
            self._pool.submit(close).result(timeout=30)
        finally:
            self._pool.shutdown(wait=False, cancel_futures=True)
