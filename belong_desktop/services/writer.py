"""The single-writer executor: every change to the database runs on one thread.

GUI clicks, the headless runner and hundreds of student submissions are serialised here,
one transaction per command, so SQLite never sees two writers and the order of changes is
the order of commands. A command that fails because the disk is full (or cannot be
written) raises a ``StoreError`` (``disk_full``, ``write_failed``) instead of SQLite's
own error: SQLite has rolled the transaction back, the thread lives on, and the same
command succeeds once there is space again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from belong_desktop.store.db import write_errors

T = TypeVar("T")


class Writer:
    def __init__(self, name: str = "belong-writer", *, database: Path | None = None) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._thread_ident: int | None = None
        #: Named in the message of a write that failed (the disk that is full holds it).
        self._database = database

    def run(self, command: Callable[[], T]) -> T:
        """Run ``command`` on the writer thread and return its result (or raise its error)."""
        if threading.get_ident() == self._thread_ident:
            return self._guarded(command)  # already on the writer thread: nested use case
        return self._executor.submit(self._mark_and_run, command).result()

    def submit(self, command: Callable[[], T]) -> Future[T]:
        """Queue ``command`` on the writer thread without waiting for it."""
        if threading.get_ident() == self._thread_ident:
            future: Future[T] = Future()
            try:
                future.set_result(self._guarded(command))
            except BaseException as exc:
                future.set_exception(exc)
            return future
        return self._executor.submit(self._mark_and_run, command)

    def _mark_and_run(self, command: Callable[[], T]) -> T:
        self._thread_ident = threading.get_ident()
        return self._guarded(command)

    def _guarded(self, command: Callable[[], T]) -> T:
        with write_errors(self._database):
            return command()

    def close(self) -> None:
        self._executor.shutdown(wait=True)
