"""Run uvicorn in a background thread on a socket we bind ourselves.

Binding first means a busy port is an error the caller sees at once (and can fall back
from) rather than a log line in another thread. Stopping is prompt: event streams get
half a second to finish. No access log is written: addresses are never recorded. The
connections are uvicorn's httptools protocol held to deadlines and per-device caps
(``protocol.py``) on a loop that survives running out of files (``loop.py``); the soft
open-files limit is raised to the hard one before the server starts.
"""

from __future__ import annotations

import asyncio
import errno
import socket
import threading
import time
from collections.abc import Iterable

import uvicorn
from fastapi import FastAPI

from belong_desktop.server.connections import ConnectionGuard
from belong_desktop.server.loop import install_log_limits, new_event_loop, raise_open_files_limit
from belong_desktop.server.protocol import protocol_for
from belong_desktop.services.classroom import ClassroomUnavailable


class ServerError(ClassroomUnavailable):
    """The server could not start; the message says why (e.g. the port is taken)."""


def bind_socket(host: str, ports: Iterable[int]) -> socket.socket:
    """A listening socket on the first port of ``ports`` that is free."""
    last: OSError | None = None
    tried: list[int] = []
    for port in ports:
        tried.append(port)
        # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on accepted sockets whose
        # protocol says TCP. Without it a response written as head then body waits for the
        # client's delayed ACK (~40 ms) on every request of a kept-alive connection.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            sock.bind((host, port))
            sock.listen(1024)
        except OSError as exc:
            sock.close()
            last = exc
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                continue
            raise ServerError(
                f"cannot listen on {host}:{port}: {exc.strerror}",
                code="cannot_listen",
                address=f"{host}:{port}",
            ) from exc
        sock.set_inheritable(False)
        return sock
    reason = last.strerror if last else "no port to try"
    where = f"{host}:{tried[0]}" if len(tried) == 1 else f"{host} (ports {tried})"
    busy = last is not None and last.errno in (errno.EADDRINUSE, errno.EACCES)
    raise ServerError(
        f"cannot listen on {where}: {reason}",
        code="port_taken" if busy else "cannot_listen",
        address=where,
    )


class ServerThread:
    def __init__(
        self, app: FastAPI, sock: socket.socket, guard: ConnectionGuard | None = None
    ) -> None:
        self.app = app
        self._socket = sock
        self.guard = guard or ConnectionGuard()
        open_files = raise_open_files_limit()
        if open_files is not None:
            self.guard.fit_open_files(open_files)
        install_log_limits()
        config = uvicorn.Config(
            app,
            log_config=None,
            log_level="warning",
            access_log=False,
            lifespan="off",
            server_header=False,
            proxy_headers=False,
            # Typed int, used as a float timeout: open event streams may delay a stop.
            timeout_graceful_shutdown=0.5,  # type: ignore[arg-type]
            timeout_keep_alive=30,
            # Our own protocol (httptools, pinned) caps connections per address and in
            # total and answers a Problem 503; uvicorn's own cap would answer plain text.
            http=protocol_for(self.guard),
            ws="none",
            limit_concurrency=None,
            backlog=1024,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name="belong-server", daemon=True)
        self._error: BaseException | None = None

    @property
    def port(self) -> int:
        return int(self._socket.getsockname()[1])

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if self._error is not None or not self._thread.is_alive():
                raise ServerError(
                    f"the classroom server stopped at start: {self._error}", code="server_failed"
                )
            if time.monotonic() > deadline:
                self.stop()
                raise ServerError(
                    "the classroom server did not start in time", code="server_failed"
                )
            time.sleep(0.01)

    def stop(self, timeout: float = 5.0) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._socket.close()

    def _run(self) -> None:
        try:
            with asyncio.Runner(loop_factory=lambda: new_event_loop(self.guard.refused)) as runner:
                runner.run(self._server.serve(sockets=[self._socket]))
        except BaseException as exc:  # reported to start(); the thread must not die silently
            self._error = exc
