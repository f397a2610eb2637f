"""The server thread's event loop, open-files limit and log, made to survive overload.

At the open-files limit asyncio's accept loop logs a traceback for every connection still
waiting (up to the listen backlog) and schedules as many retries, every second: tens of
thousands of lines while other devices hang. Here accept stops at the first exhaustion
(asyncio retries a second later), the soft open-files limit is raised to the hard one at
start-up (POSIX), and the server's log lets only a few lines of one kind through a
minute, then says how many it left out. Runs on the server thread; ``raise_open_files_limit``
on the thread that starts it.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

_EXHAUSTED = {errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM}
_ACCEPT_EXHAUSTED = "socket.accept() out of system resource"
#: Loggers whose repeats are limited while a server runs (uvicorn's errors and warnings).
LIMITED_LOGGERS = ("uvicorn.error",)


def raise_open_files_limit() -> int | None:
    """Raise the soft limit on open files to the hard one; the soft limit now (None: not POSIX).

    The common desktop default of 1,024 is a few hundred devices' worth of connections;
    the hard limit is usually far higher and needs no privilege to reach.
    """
    try:
        import resource
    except ImportError:  # Windows: no such limit on sockets
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    # macOS reports an unlimited hard limit it refuses to grant; 10,240 is its OPEN_MAX.
    for target in (hard, 10240):
        if target == resource.RLIM_INFINITY or (soft != resource.RLIM_INFINITY and soft >= target):
            continue
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError):
            continue
        break
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return None if soft == resource.RLIM_INFINITY else int(soft)


class RepeatLimiter(logging.Filter):
    """Lets ``per_window`` records of one kind through per window, then counts the rest.

    The first record of a kind after a window with left-out ones says how many there were.
    A kind is the logger and the message's template (its first line, without arguments).
    """

    def __init__(
        self,
        per_window: int = 3,
        window: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.per_window = per_window
        self.window = window
        self._clock = clock
        self._lock = threading.Lock()
        # kind -> [window start, records let through, records left out]
        self._kinds: dict[tuple[str, str], list[float]] = {}

    def allow(self, kind: tuple[str, str]) -> tuple[bool, int]:
        """Whether to log one record of ``kind``, and how many were left out before it."""
        now = self._clock()
        with self._lock:
            state = self._kinds.get(kind)
            if state is None or now - state[0] >= self.window:
                left_out = int(state[2]) if state else 0
                if len(self._kinds) > 256:
                    self._kinds.clear()  # a flood of distinct kinds: start counting again
                self._kinds[kind] = [now, 1, 0]
                return True, left_out
            if state[1] < self.per_window:
                state[1] += 1
                return True, 0
            state[2] += 1
            return False, 0

    def reset(self) -> None:
        """Forget every count (tests start from a quiet log)."""
        with self._lock:
            self._kinds.clear()

    def filter(self, record: logging.LogRecord) -> bool:
        template = str(record.msg).split("\n", 1)[0]
        allowed, left_out = self.allow((record.name, template))
        if allowed and left_out:
            record.msg = f"{record.getMessage()} ({left_out} more like it left out)"
            record.args = None
        return allowed


#: One limiter for the process: the loggers it is put on are process-wide too.
LIMITER = RepeatLimiter()


def install_log_limits() -> None:
    """Limit repeats on uvicorn's logger (once per process; harmless to call again)."""
    for name in LIMITED_LOGGERS:
        logger = logging.getLogger(name)
        if LIMITER not in logger.filters:
            logger.addFilter(LIMITER)


def log_limited(logger: logging.Logger, level: int, message: str) -> None:
    """Log ``message`` unless too many like it were logged this minute."""
    allowed, left_out = LIMITER.allow((logger.name, message))
    if allowed:
        suffix = f" ({left_out} more like it left out)" if left_out else ""
        logger.log(level, "%s%s", message, suffix)


class _AcceptUntilExhausted:
    """The listening socket as asyncio's accept loop sees it: after one ``EMFILE`` (and
    its kin) every further ``accept`` of this round says "nothing waiting", so the loop
    ends with one log line and one retry instead of one per waiting connection."""

    def __init__(self, sock: socket.socket) -> None:
        self.raw = sock
        self.exhausted = False

    def accept(self) -> tuple[socket.socket, Any]:
        if self.exhausted:
            raise BlockingIOError(errno.EAGAIN, "accept paused: out of files")
        try:
            return self.raw.accept()
        except OSError as exc:
            if exc.errno in _EXHAUSTED:
                self.exhausted = True
            raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


class _GuardedSelectorLoop(asyncio.SelectorEventLoop):
    # asyncio's private accept loop (the same name and arguments in 3.11-3.14): the socket
    # is wrapped for this round only, so the retry it schedules gets the real one.
    def _accept_connection(self, protocol_factory: Any, sock: Any, *args: Any, **kw: Any) -> None:
        if isinstance(sock, _AcceptUntilExhausted):
            sock = sock.raw
        accept: Callable[..., None] = super()._accept_connection  # type: ignore[misc]
        accept(protocol_factory, _AcceptUntilExhausted(sock), *args, **kw)


def new_event_loop(on_exhausted: Callable[[], None]) -> asyncio.AbstractEventLoop:
    """The server's loop; ``on_exhausted`` hears each time accept ran out of resources."""
    loop: asyncio.AbstractEventLoop
    if sys.platform == "win32":  # pragma: no cover - the proactor has its own accept loop
        loop = asyncio.ProactorEventLoop()
    else:
        loop = _GuardedSelectorLoop()

    def handle(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        message = str(context.get("message", ""))
        if message == _ACCEPT_EXHAUSTED:  # expected under a flood: one line, no traceback
            on_exhausted()
            log_limited(log, logging.WARNING, "out of open files: new connections wait")
            return
        allowed, left_out = LIMITER.allow(("asyncio", message))
        if allowed:
            if left_out:
                context = {**context, "message": f"{message} ({left_out} more like it left out)"}
            loop.default_exception_handler(context)

    loop.set_exception_handler(handle)
    return loop
