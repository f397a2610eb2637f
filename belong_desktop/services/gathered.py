"""Requests gathered while the writer is busy, handled together in one command.

A classroom's devices arrive within seconds of each other. Written one transaction each,
a thousand arrivals queue behind one another on the single writer thread, and each
transaction hands Python's GIL back and forth with the busy server loop several times,
so the last of them waits a second or more. Gathered, whatever came in while the writer
was busy goes into the next command, in one transaction: the queue drains as fast as it
fills, and a quiet room still has each request handled at once (a batch of one). The
classroom gathers its arrivals and its answers this way; every answer is still
acknowledged only after the transaction that holds it has committed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import Generic, TypeVar

from belong_desktop.services.writer import Writer

T = TypeVar("T")
R = TypeVar("R")


class Gathered(Generic[T, R]):
    """``handle`` gets the waiting requests in the order they came and returns, in the
    same order, each one's result or the error to raise for it."""

    def __init__(
        self,
        writer: Writer,
        handle: Callable[[Sequence[T]], Sequence[R | BaseException]],
    ) -> None:
        self._writer = writer
        self._handle = handle
        self._lock = threading.Lock()
        self._waiting: list[tuple[T, Future[R]]] = []
        self._queued = False  # a command that will take the waiting ones is on the writer

    def submit(self, request: T) -> Future[R]:
        """Queue ``request``; the future resolves once its batch has been handled."""
        done: Future[R] = Future()
        with self._lock:
            self._waiting.append((request, done))
            queued, self._queued = self._queued, True
        if not queued:
            self._writer.submit(self._run)
        return done

    def _run(self) -> None:
        """On the writer thread: every request that waits now, in one call of the handler."""
        with self._lock:
            batch, self._waiting = self._waiting, []
            self._queued = False
        if not batch:
            return
        futures = [done for _, done in batch]
        try:
            outcomes = self._handle([request for request, _ in batch])
            if len(outcomes) != len(batch):
                raise RuntimeError(f"{len(outcomes)} outcomes for {len(batch)} requests")
        except BaseException as exc:  # every waiting request hears of it, none hangs
            for done in futures:
                done.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
            return
        for done, outcome in zip(futures, outcomes, strict=True):
            if isinstance(outcome, BaseException):
                done.set_exception(outcome)
            else:
                done.set_result(outcome)
