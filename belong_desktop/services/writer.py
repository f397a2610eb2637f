"""The single-writer executor: every change to the database runs on one thread.

GUI clicks, the headless runner and (later) hundreds of student submissions are
serialised here, one transaction per command, so SQLite never sees two writers and the
order of changes is the order of commands.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class Writer:
    def __init__(self, name: str = "belong-writer") -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._thread_ident: int | None = None

    def run(self, command: Callable[[], T]) -> T:
        """Run ``command`` on the writer thread and return its result (or raise its error)."""
        if threading.get_ident() == self._thread_ident:
            return command()  # already on the writer thread: nested use case
        return self._executor.submit(self._mark_and_run, command).result()

    def submit(self, command: Callable[[], T]) -> Future[T]:
        """Queue ``command`` on the writer thread without waiting for it."""
        if threading.get_ident() == self._thread_ident:
            future: Future[T] = Future()
            try:
                future.set_result(command())
            except BaseException as exc:
                future.set_exception(exc)
            return future
        return self._executor.submit(self._mark_and_run, command)

    def _mark_and_run(self, command: Callable[[], T]) -> T:
        self._thread_ident = threading.get_ident()
        return command()

    def close(self) -> None:
        self._executor.shutdown(wait=True)
